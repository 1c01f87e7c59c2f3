package io.schemasync.sql;

import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text of PARTITION BY and of a partition's bound (FOR VALUES ...). Bound and key text from the YAML goes
 * through the lexer: a key is one expression (or a column, quoted here); {@code values:} is exactly
 * {@code FROM (list) TO (list)}, {@code IN (list)} or {@code WITH (list)}, each list one balanced group with no
 * separator and no comment, so it cannot end the statement it is placed in.
 * See https://www.postgresql.org/docs/current/sql-createtable.html (partition_bound_spec).
 */
public final class PartitionSql {
    private PartitionSql() {}

    public static final Set<String> STRATEGIES = Set.of("range", "list", "hash");

    /**
     * {@code RANGE ("created_at", (lower(name)))}: a key that names a column of {@code columns} is quoted, any
     * other is checked to be one expression and parenthesized.
     */
    public static String by(String strategy, List<String> keys, Set<String> columns) {
        List<String> parts = new ArrayList<>();
        for (String k : keys) parts.add(columns.contains(k) ? Sql.quote(k) : Sql.expression(k));
        return strategy.toUpperCase(Locale.ROOT) + " (" + String.join(", ", parts) + ")";
    }

    /** {@code FOR VALUES FROM (...) TO (...)}, {@code FOR VALUES IN (...)} or {@code FOR VALUES WITH (...)}. */
    public static String values(String text) {
        if (text == null || SqlText.trim(text).isEmpty()) throw new RefusedSqlException(text == null ? "" : text, 0, "is empty");
        List<Token> tokens = Lexer.tokens(text).stream().filter(t -> t.kind() != Kind.SPACE).toList();
        List<String> out = new ArrayList<>();
        int i = 0;
        String first = word(text, tokens, 0);
        List<String> shape = switch (first) {
            case "FROM" -> List.of("FROM", "()", "TO", "()");
            case "IN", "WITH" -> List.of(first, "()");
            default -> throw new RefusedSqlException(text, tokens.isEmpty() ? 0 : tokens.get(0).start(),
                    "is not a partition bound (write FROM (...) TO (...), IN (...) or WITH (MODULUS m, REMAINDER r))");
        };
        for (String part : shape) {
            if (i >= tokens.size()) throw new RefusedSqlException(text, text.length() - 1, "ends early: " + part + " expected");
            if (!part.equals("()")) {
                if (!part.equals(word(text, tokens, i))) throw new RefusedSqlException(text, tokens.get(i).start(), "expected " + part);
                out.add(part);
                i++;
                continue;
            }
            int end = group(text, tokens, i);
            String g = text.substring(tokens.get(i).start(), tokens.get(end).end());
            SqlText.requireExpression(g);
            out.add(g);
            i = end + 1;
        }
        if (i < tokens.size()) throw new RefusedSqlException(text, tokens.get(i).start(), "has text after the bound");
        return "FOR VALUES " + String.join(" ", out);
    }

    private static String word(String text, List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) return "";
        Token t = tokens.get(i);
        return text.substring(t.start(), t.end()).toUpperCase(Locale.ROOT);
    }

    /** The index of the token that closes the parenthesis at {@code i}. */
    private static int group(String text, List<Token> tokens, int i) {
        Token open = tokens.get(i);
        if (open.kind() != Kind.OPEN || text.charAt(open.start()) != '(') {
            throw new RefusedSqlException(text, open.start(), "expected a parenthesized list");
        }
        int depth = 0;
        for (int j = i; j < tokens.size(); j++) {
            if (tokens.get(j).kind() == Kind.OPEN) depth++;
            if (tokens.get(j).kind() == Kind.CLOSE) depth--;
            if (depth == 0) return j;
        }
        throw new RefusedSqlException(text, open.start(), "has a parenthesis that is not closed");
    }

    /** {@code FOR VALUES IN ('a', 'b', NULL)}: every value a string literal (the server converts it to the key's type). */
    public static String in(List<String> values) {
        List<String> parts = values.stream().map(Sql::literal).toList();
        return "FOR VALUES IN (" + String.join(", ", parts) + ")";
    }

    public static String hash(int modulus, int remainder) {
        return "FOR VALUES WITH (modulus " + modulus + ", remainder " + remainder + ")";
    }

    /** The keys of PARTITION BY as the server prints it ({@code RANGE (a, lower(b))} → [a, lower(b)]). */
    public static List<String> keys(String by) {
        int open = by.indexOf('(');
        String inner = by.substring(open + 1, by.lastIndexOf(')'));
        return split(inner);
    }

    /** The items of a parenthesized list as the server prints it: {@code ('a', 1)} → ['a', 1]. */
    public static List<String> splitList(String group) {
        String t = SqlText.trim(group);
        return split(t.substring(1, t.length() - 1));
    }

    /** Splits at the commas outside parentheses, strings and quoted names. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (Token t : Lexer.tokens(text)) {
            if (t.kind() == Kind.OPEN) depth++;
            if (t.kind() == Kind.CLOSE) depth--;
            if (depth == 0 && t.kind() == Kind.PUNCTUATION && text.charAt(t.start()) == ',') {
                out.add(SqlText.trim(text.substring(from, t.start())));
                from = t.end();
            }
        }
        out.add(SqlText.trim(text.substring(from)));
        return out;
    }

    /**
     * The values of {@code FOR VALUES IN (...)} as the server prints it when each is a plain string literal, a
     * number or NULL (null for NULL); empty when one is anything else (then the bound is written as it is).
     */
    public static java.util.Optional<List<String>> inValues(String bound) {
        if (!bound.startsWith("FOR VALUES IN (") || !bound.endsWith(")")) return java.util.Optional.empty();
        List<String> out = new ArrayList<>();
        for (String item : split(bound.substring("FOR VALUES IN (".length(), bound.length() - 1))) {
            if (item.matches("'(?:[^']|'')*'")) out.add(item.substring(1, item.length() - 1).replace("''", "'"));
            else if (item.matches("-?\\d+(\\.\\d+)?")) out.add(item);
            else if (item.equals("NULL")) out.add(null);
            else return java.util.Optional.empty();
        }
        return java.util.Optional.of(out);
    }

    /** [modulus, remainder] of {@code FOR VALUES WITH (modulus m, remainder r)}; empty for any other bound. */
    public static java.util.Optional<int[]> hashValues(String bound) {
        var m = java.util.regex.Pattern.compile("FOR VALUES WITH \\(modulus (\\d+), remainder (\\d+)\\)").matcher(bound);
        return m.matches() ? java.util.Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
                : java.util.Optional.empty();
    }
}
