package io.schemasync.load;

import io.schemasync.model.IndexKey;
import io.schemasync.sql.SqlText;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index keys as written in YAML: {@code "created_at desc nulls last"}, {@code "lower(email)"},
 * {@code "name text_pattern_ops"}, {@code 'title collate "C"'}. The trailing options are taken off the end in
 * PostgreSQL's order ({@code expr [COLLATE c] [opclass] [ASC|DESC] [NULLS FIRST|LAST]}); the rest is the key.
 */
final class IndexKeys {
    private IndexKeys() {}

    /**
     * PostgreSQL's whitespace (scan.l's {@code space}), and what is not. Java's {@code \s} also takes vertical
     * tab, which PostgreSQL before 16 reads as a stray character: an option cut off at it would vanish from the
     * text that is checked and sent.
     */
    private static final String WS = "[ \\t\\n\\r\\f]";
    private static final String NOT_WS = "[^ \\t\\n\\r\\f]";
    private static final Pattern NULLS = Pattern.compile("(?i)^(.*" + NOT_WS + ")" + WS + "+nulls" + WS
            + "+(first|last)$", Pattern.DOTALL);
    private static final Pattern DIRECTION = Pattern.compile("(?i)^(.*" + NOT_WS + ")" + WS + "+(asc|desc)$",
            Pattern.DOTALL);
    private static final Pattern OPCLASS = Pattern.compile(
            "^(.*[\\w)\"\\]])" + WS + "+([A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)?)$", Pattern.DOTALL);
    private static final Pattern COLLATE = Pattern.compile(
            "(?i)^(.*" + NOT_WS + ")" + WS + "+collate" + WS + "+(\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$.]*)$",
            Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w$]*");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")+)\"");
    /** Words that end an expression and so cannot be an operator class after it. */
    private static final Set<String> NOT_OPCLASS = Set.of("collate", "and", "or", "not", "is", "null", "in",
            "like", "ilike", "between", "desc", "asc");

    static IndexKey parse(String written, Set<String> columnNames) {
        return parse(written, columnNames, false);
    }

    /** @param anyColumn the relation's columns are not listed (they come from its query): any plain name is one */
    static IndexKey parse(String written, Set<String> columnNames, boolean anyColumn) {
        // PostgreSQL's whitespace only: String.strip() would also take U+3000, a letter to PostgreSQL.
        String rest = SqlText.trim(written);
        Boolean nullsFirst = null;
        Matcher m = NULLS.matcher(rest);
        if (m.matches()) {
            rest = m.group(1);
            nullsFirst = m.group(2).equalsIgnoreCase("first");
        }
        boolean descending = false;
        m = DIRECTION.matcher(rest);
        if (m.matches()) {
            rest = m.group(1);
            descending = m.group(2).equalsIgnoreCase("desc");
        }
        String opclass = null;
        m = OPCLASS.matcher(rest);
        if (m.matches() && !endsWithKeyword(m.group(1)) && !NOT_OPCLASS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            rest = m.group(1);
            opclass = m.group(2);
        }
        String collation = null;
        m = COLLATE.matcher(rest);
        if (m.matches()) {
            rest = m.group(1);
            collation = unquote(m.group(2));
        }
        String expression = SqlText.trim(rest);
        String column = anyColumn ? anyColumnName(expression) : columnName(expression, columnNames);
        return new IndexKey(column != null ? column : expression, column != null, collation, opclass, descending,
                nullsFirst != null ? nullsFirst : descending);
    }

    /** "a + b": the last word follows an operator, so it is an operand, not an operator class. */
    private static boolean endsWithKeyword(String before) {
        String[] words = before.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length > 1 && Set.of("collate", "and", "or", "not", "is").contains(last);
    }

    /** The column the key names, when it is exactly a column name (quoted or not); null for an expression. */
    static String columnName(String expression, Set<String> columnNames) {
        Matcher q = QUOTED.matcher(expression);
        if (q.matches()) {
            String name = q.group(1).replace("\"\"", "\"");
            return columnNames.contains(name) ? name : null;
        }
        return columnNames.contains(expression) ? expression : null;
    }

    /**
     * The column a key names when it is a name at all: quoted as it is, bare folded to lower case as PostgreSQL
     * folds it (ASCII letters only, as in UTF-8); null for an expression.
     */
    static String anyColumnName(String expression) {
        Matcher q = QUOTED.matcher(expression);
        if (q.matches()) return q.group(1).replace("\"\"", "\"");
        if (!IDENTIFIER.matcher(expression).matches()) return null;
        StringBuilder out = new StringBuilder(expression.length());
        for (char c : expression.toCharArray()) out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        return out.toString();
    }

    /** True for a bare or double-quoted identifier: a key that can only mean a column. */
    static boolean looksLikeColumn(String expression) {
        return IDENTIFIER.matcher(expression).matches() || QUOTED.matcher(expression).matches();
    }

    static String format(IndexKey key) {
        var sb = new StringBuilder(key.column() ? identifier(key.expression()) : key.expression());
        if (key.collation() != null) sb.append(" collate ").append(quote(key.collation()));
        if (key.opclass() != null) sb.append(' ').append(key.opclass());
        if (key.descending()) sb.append(" desc");
        if (key.nullsFirst() != key.descending()) sb.append(key.nullsFirst() ? " nulls first" : " nulls last");
        return sb.toString();
    }

    /** Column names are written bare unless they would read as something else. */
    static String identifier(String name) {
        boolean plain = IDENTIFIER.matcher(name).matches()
                && !Set.of("asc", "desc", "nulls", "collate").contains(name.toLowerCase(Locale.ROOT));
        return plain ? name : quote(name);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String unquote(String s) {
        Matcher q = QUOTED.matcher(s);
        return q.matches() ? q.group(1).replace("\"\"", "\"") : s;
    }
}
