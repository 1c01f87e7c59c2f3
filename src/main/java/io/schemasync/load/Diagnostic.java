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

    /**
     * The message is printed as one line: a control character that came from the YAML (a NUL, an escape sequence
     * that would recolour a CI log, a line break that would fake another diagnostic) is shown escaped.
     */
    public Diagnostic {
        java.util.Objects.requireNonNull(file, "file");
        message = escapeControls(java.util.Objects.requireNonNull(message, "message"));
    }

    /** Text quoted in a message: long text cut (control characters are escaped with the whole message). */
    static String excerpt(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String escapeControls(String text) {
        if (text.chars().noneMatch(Diagnostic::isControl)) return text;
        var sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(isControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    @Override
    public String toString() {
        String where = file.toString().replace('\\', '/');
        return line > 0 ? where + ":" + line + ":" + column + ": " + message : where + ": " + message;
    }
}
