package io.schemasync.load;

import java.util.List;
import java.util.stream.Collectors;

/** The schema files are invalid; carries every problem found, sorted by file and line. */
public class SchemaException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public SchemaException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().sorted(Diagnostic.ORDER).map(Diagnostic::toString)
                .collect(Collectors.joining("\n")));
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
