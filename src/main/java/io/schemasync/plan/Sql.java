package io.schemasync.plan;

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
     * Checks that SQL text from the YAML is exactly one expression: balanced parentheses outside quotes, no
     * statement separator, no comment. Wrapped in parentheses by the callers, such text cannot end the statement
     * it is placed in, whoever wrote it.
     *
     * @throws IllegalArgumentException with the reason
     */
    public static String requireExpression(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the expression is empty");
        new ExpressionScanner(text).scan();
        return text.strip();
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
        return type.strip();
    }

    private static final String WORD = "(?:\"(?:[^\"\\x00]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    /** The only words that may follow a type's name: the parts of PostgreSQL's multi-word type names. */
    private static final String KEYWORD = "(?i:varying|precision|with|without|time|zone|year|month|day|hour|minute|second|to)";
    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile(
            "\\s*" + WORD + "(?:\\s*\\.\\s*" + WORD + ")?(?:\\s+" + KEYWORD + ")*"
                    + "(?:\\s*\\(\\s*[A-Za-z0-9_]+(?:\\s*,\\s*[A-Za-z0-9_]+)*\\s*\\))?(?:\\s+" + KEYWORD + ")*"
                    + "(?:\\s*\\[\\s*\\d*\\s*\\])*\\s*");

    /** Scans SQL text for quotes, parentheses, comments and semicolons. */
    private static final class ExpressionScanner {
        private final String text;
        private int pos;
        private int depth;

        ExpressionScanner(String text) {
            this.text = text;
        }

        void scan() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\'' && escapeString()) skipEscapeString();
                else if (c == '\'') skipQuoted('\'');
                else if (c == '"') skipQuoted('"');
                else if (c == '$' && dollarTag() != null) skipDollar(dollarTag());
                else scanPlain(c);
            }
            if (depth != 0) fail("has unbalanced parentheses");
        }

        private void scanPlain(char c) {
            if (c == ';') fail("contains ';' (one expression only, not a statement)");
            if (c == '-' && next() == '-' || c == '/' && next() == '*') fail("contains a comment");
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) fail("has unbalanced parentheses");
            pos++;
        }

        /** {@code E'...'}: a backslash escapes the next character (so {@code E'\''} is one quote). */
        private boolean escapeString() {
            return pos > 0 && (text.charAt(pos - 1) == 'E' || text.charAt(pos - 1) == 'e')
                    && (pos == 1 || !isIdentifierPart(text.charAt(pos - 2)));
        }

        private static boolean isIdentifierPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }

        private void skipEscapeString() {
            int i = pos + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') i += 2;
                else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') i += 2;
                else if (c == '\'') break;
                else i++;
            }
            if (i >= text.length()) fail("has an unterminated string");
            pos = i + 1;
        }

        private char next() {
            return pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        }

        private void skipQuoted(char quote) {
            int end = pos + 1;
            while (true) {
                end = text.indexOf(quote, end);
                if (end < 0) fail("has an unterminated " + (quote == '\'' ? "string" : "quoted name"));
                if (end + 1 < text.length() && text.charAt(end + 1) == quote) end += 2;
                else break;
            }
            pos = end + 1;
        }

        private String dollarTag() {
            int end = text.indexOf('$', pos + 1);
            if (end < 0) return null;
            String tag = text.substring(pos, end + 1);
            return tag.matches("\\$[A-Za-z_]?[A-Za-z0-9_]*\\$") && (pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1))) ? tag : null;
        }

        private void skipDollar(String tag) {
            int end = text.indexOf(tag, pos + tag.length());
            if (end < 0) fail("has an unterminated $-quoted string");
            pos = end + tag.length();
        }

        private void fail(String why) {
            throw new IllegalArgumentException("SQL expression \"" + text + "\" " + why);
        }
    }
}
