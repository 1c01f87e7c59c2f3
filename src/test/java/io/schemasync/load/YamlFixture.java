package io.schemasync.load;

import io.schemasync.model.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes YAML files into a temporary directory and loads them, with diagnostics relative to that directory. */
record YamlFixture(Path dir) {
    Path write(String name, String yaml) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Database load(String yaml) throws SchemaException {
        write("s.yaml", yaml);
        return SchemaLoader.load(List.of(dir));
    }

    Database loadFiles(Map<Path, String> files) throws SchemaException {
        files.forEach((path, text) -> write(path.toString(), text));
        return SchemaLoader.load(List.of(dir));
    }

    /** The diagnostics of loading this YAML as "file:line:col: message" with the file relative to the dir. */
    List<String> errors(String yaml) {
        write("s.yaml", yaml);
        return errorsOfDir();
    }

    List<String> errorsOfDir() {
        try {
            SchemaLoader.load(List.of(dir));
            throw new AssertionError("expected the schema to be rejected");
        } catch (SchemaException e) {
            return e.diagnostics().stream()
                    .map(d -> new Diagnostic(dir.relativize(d.file()), d.line(), d.column(), d.message()).toString())
                    .toList();
        }
    }
}
