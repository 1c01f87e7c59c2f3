package io.schemasync.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny pretty-printing JSON writer for maps (in insertion order), lists, strings, numbers, booleans and null.
 * Output is pure ASCII: every non-ASCII character is a {@code \}{@code uXXXX} escape (supplementary characters as
 * their UTF-16 surrogate pair, as RFC 8259 section 7 prescribes), so no consumer can misread the encoding.
 */
final class Json {
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private Json() {}

    static String write(Object value) {
        Json json = new Json();
        json.value(value, 0);
        return json.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s);
            case Boolean b -> out.append(b);
            case Integer n -> out.append(n);
            case Long n -> out.append(n);
            case Map<?, ?> map -> object(map, depth);
            case List<?> list -> array(list, depth);
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append(INDENT.repeat(depth + 1));
            string((String) entry.getKey());
            out.append(": ");
            value(entry.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
            out.append(separator).append(INDENT.repeat(depth + 1));
            value(item, depth + 1);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append(']');
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            character(s.charAt(i));
        }
        out.append('"');
    }

    private void character(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> {
                if (c < 0x20 || c > 0x7e) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                else out.append(c);
            }
        }
    }
}
