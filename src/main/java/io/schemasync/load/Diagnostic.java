package io.schemasync.load;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem in the schema files: {@code schema/app.yaml:12:7: unknown key "nulable" ...}.
 *
 * @param line   1-based; 0 when the problem concerns the whole file (then column is 0 too)
 * @param column 1-based
 */
public record Diagnostic(Path file, int line, int column, String message) {
    static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        java.util.Objects.requireNonNull(file, "file");
        java.util.Objects.requireNonNull(message, "message");
    }

    /** Text shown in a message on one line: control characters escaped, long text cut. */
    static String printable(String text) {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        var sb = new StringBuilder();
        shown.chars().forEach(c -> sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    @Override
    public String toString() {
        String where = file.toString().replace('\\', '/');
        return line > 0 ? where + ":" + line + ":" + column + ": " + message : where + ": " + message;
    }
}
