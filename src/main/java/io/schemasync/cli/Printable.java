package io.schemasync.cli;

/**
 * Messages that quote what the user typed (an option, a path, a value) are printed with every control character
 * but tab written as a six-character Unicode escape (backslash, u, four hex digits), as the schema loader writes
 * names: a line break in an argument cannot add a line to the output, nor an escape sequence move the cursor,
 * recolour or retitle the terminal.
 */
final class Printable {
    private Printable() {}

    static String line(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != '\t') out.append(String.format("\\u%04x", c));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }
}
