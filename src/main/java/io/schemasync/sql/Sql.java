package io.schemasync.sql;



import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that turns names and values into SQL text. Every identifier is quoted, so reserved words,
 * mixed case and hostile names are safe; expressions from the YAML are checked to be one balanced expression.
 */
public final class Sql {
    private Sql() {}

    /** {@code "name"}, doubling embedded quotes. */
    public static String quote(String identifier) {
        if (identifier.indexOf('\0') >= 0) throw new IllegalArgumentException("identifier contains a NUL byte");
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."name"}. */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /** A comma-separated list of quoted identifiers. */
    public static String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(Sql::quote).collect(Collectors.joining(", "));
    }

    /** A string literal ({@code 'it''s'}); null becomes NULL. standard_conforming_strings is on since 9.1. */
    public static String literal(String value) {
        if (value == null) return "NULL";
        if (value.indexOf('\0') >= 0) throw new IllegalArgumentException("string contains a NUL byte");
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Checks that SQL text from the YAML is exactly one expression, as PostgreSQL's own scanner reads it (see
     * {@link SqlText#requireExpression}). Wrapped in parentheses by the callers, such text cannot end the
     * statement it is placed in, whoever wrote it.
     *
     * @throws IllegalArgumentException with the reason
     */
    public static String requireExpression(String text) {
        return SqlText.requireExpression(text);
    }

    /**
     * An expression from the YAML or the catalog, checked and parenthesized unless it is already one
     * parenthesized group (so the server's canonical text round-trips unchanged).
     */
    public static String expression(String text) {
        String e = requireExpression(text);
        return SqlText.isWrapped(e) ? e : "(" + e + ")";
    }

    /**
     * A type name as written or as format_type prints it, and nothing else: words, quoted names, dots, one
     * modifier list of numbers or words ({@code numeric(12,2)}, {@code geometry(Point,4326)}) and array brackets.
     */
    public static String requireType(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("\"" + type + "\" is not a type name (write it as PostgreSQL does:"
                    + " integer, varchar(20), numeric(12,2), timestamp(3) with time zone, app.status, text[])");
        }
        return SqlText.requireExpression(type);
    }

    private static final String WORD = "(?:\"(?:[^\"\\x00]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    /** The only words that may follow a type's name: the parts of PostgreSQL's multi-word type names. */
    private static final String KEYWORD = "(?i:varying|precision|with|without|time|zone|year|month|day|hour|minute|second|to)";
    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile(
            "\\s*" + WORD + "(?:\\s*\\.\\s*" + WORD + ")?(?:\\s+" + KEYWORD + ")*"
                    + "(?:\\s*\\(\\s*[A-Za-z0-9_]+(?:\\s*,\\s*[A-Za-z0-9_]+)*\\s*\\))?(?:\\s+" + KEYWORD + ")*"
                    + "(?:\\s*\\[\\s*\\d*\\s*\\])*\\s*");
}
