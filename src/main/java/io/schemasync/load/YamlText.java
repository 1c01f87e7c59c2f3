package io.schemasync.load;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes YAML scalars and flow collections, quoting exactly what would otherwise read differently. */
final class YamlText {
    private YamlText() {}

    /** Letters first, then letters, digits and a few harmless characters; single spaces inside. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.$()\\-]*( [A-Za-z0-9_.$()\\-]+)*");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    /** Words YAML 1.1 parsers (SnakeYAML, Jackson) read as booleans or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "y", "n", "on", "off", "null",
            "~");

    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) return s;
        boolean needsEscapes = s.contains("'") || s.codePoints().anyMatch(YamlText::unprintable);
        return needsEscapes ? doubleQuoted(s) : "'" + s + "'";
    }

    /** SQL text where a plain integer reads back as the same text ({@code default: 0}). */
    static String expression(String s) {
        return INTEGER.matcher(s).matches() ? s : scalar(s);
    }

    static String flowList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlText::scalar).toList()) + "]";
    }

    /** {@code { a: x, b: y }} from already rendered "key: value" parts; {@code {}} when there are none. */
    static String flowMap(List<String> parts) {
        return parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
    }

    /** True when no character of the text needs an escape in YAML (tabs and line breaks count as needing one). */
    static boolean printable(String s) {
        return s.codePoints().noneMatch(c -> c == '\t' || unprintable(c));
    }

    private static boolean unprintable(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff;
    }

    private static String doubleQuoted(String s) {
        var sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (unprintable(c)) sb.append(String.format("\\u%04x", c));
                    else sb.appendCodePoint(c);
                }
            }
        });
        return sb.append('"').toString();
    }
}
