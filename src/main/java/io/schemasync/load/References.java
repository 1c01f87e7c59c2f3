package io.schemasync.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The target of a foreign key as written: {@code customer(id)}, {@code billing.account(id, region)}, or
 * {@code customer} for its primary key. Names are taken as written (case-sensitive, no folding); a name holding
 * one of {@code . ( ) , "} or a space is written in double quotes.
 */
record References(String schema, String table, List<String> columns) {
    References {
        columns = columns == null ? null : List.copyOf(columns);
    }

    /** Empty when the text does not follow the grammar {@code [schema.]table[(col, ...)]}. */
    static Optional<References> parse(String text) {
        var p = new Cursor(text);
        try {
            String first = p.identifier();
            String second = p.skip('.') ? p.identifier() : null;
            List<String> columns = null;
            if (p.skip('(')) {
                columns = new ArrayList<>();
                do columns.add(p.identifier()); while (p.skip(','));
                p.expect(')');
            }
            p.end();
            return Optional.of(second == null ? new References(null, first, columns)
                    : new References(first, second, columns));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String format(String schema, String table, List<String> columns) {
        String target = (schema == null ? "" : name(schema) + ".") + name(table);
        return target + "(" + String.join(", ", columns.stream().map(References::name).toList()) + ")";
    }

    static String name(String identifier) {
        boolean plain = !identifier.isEmpty() && identifier.chars()
                .noneMatch(c -> c == '.' || c == '(' || c == ')' || c == ',' || c == '"' || Character.isWhitespace(c));
        return plain ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        String identifier() {
            blanks();
            if (i < s.length() && s.charAt(i) == '"') return quoted();
            int start = i;
            while (i < s.length() && ".(),\"".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) i++;
            if (start == i) throw new IllegalArgumentException();
            return s.substring(start, i);
        }

        private String quoted() {
            var sb = new StringBuilder();
            i++;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c != '"') sb.append(c);
                else if (i < s.length() && s.charAt(i) == '"') sb.append(s.charAt(i++));
                else return nonEmpty(sb.toString());
            }
            throw new IllegalArgumentException();
        }

        private static String nonEmpty(String name) {
            if (name.isEmpty()) throw new IllegalArgumentException();
            return name;
        }

        boolean skip(char c) {
            blanks();
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!skip(c)) throw new IllegalArgumentException();
        }

        void end() {
            blanks();
            if (i != s.length()) throw new IllegalArgumentException();
        }

        private void blanks() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }
    }
}
