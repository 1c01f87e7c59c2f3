package io.schemasync.sql;

import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The checks that SQL text must pass before it becomes part of a statement (a fragment from the YAML) or is sent
 * to the server (a statement the tool built). Both are decided on {@link Lexer}'s tokens, which are PostgreSQL's.
 */
public final class SqlText {
    private SqlText() {}

    /**
     * Checks that text from the YAML (a default, a CHECK, an index key or predicate, a generated column, ...) is
     * exactly one expression: no statement separator, no comment, every parenthesis and bracket closed, every
     * string and quoted name closed. Placed in parentheses by the tool, it cannot end the statement it stands in.
     *
     * @return the text without the whitespace around it, as PostgreSQL counts whitespace
     * @throws RefusedSqlException with the reason and where in the text
     */
    public static String requireExpression(String text) {
        if (text == null || trim(text).isEmpty()) throw new RefusedSqlException(text == null ? "" : text, 0, "is empty");
        requireOne(text, Lexer.tokens(text), "one expression only, not a statement");
        return trim(text);
    }

    /**
     * Removes PostgreSQL's whitespace (space, tab, newline, carriage return, form feed) from both ends, and nothing
     * else. {@link String#strip()} would also remove U+3000, U+2003 and the like, which PostgreSQL reads as letters
     * of a name: U+3000 then {@code e'\' || '; SELECT 1 --'} is a name and two strings, but without its first
     * character it is an escape string followed by a bare ';' and a comment. (Found by the differential test.)
     */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Lexer.isSpace(text.charAt(start))) start++;
        while (end > start && Lexer.isSpace(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }

    /**
     * Checks that a query from the YAML (a view's SELECT, as people keep it in a .sql file) is exactly one query
     * and returns it as the tool will send it: comments removed (the server does not keep them either; each
     * becomes a space, so the tokens around it stay apart), one trailing ';' dropped, the rest one statement with
     * nothing after it. Placed in parentheses by the caller, it cannot end the statement it stands in.
     *
     * @throws RefusedSqlException with the reason and where in the text
     */
    public static String requireQuery(String text) {
        if (text == null || trim(text).isEmpty()) throw new RefusedSqlException(text == null ? "" : text, 0, "is empty");
        List<Token> tokens = Lexer.tokens(text);
        StringBuilder out = new StringBuilder();
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() != Kind.SPACE && tokens.get(i).kind() != Kind.COMMENT) last = i;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.COMMENT) out.append(' ');
            else if (!(i == last && t.kind() == Kind.SEMICOLON)) out.append(text, t.start(), t.end());
        }
        String query = trim(out.toString());
        if (query.isEmpty()) throw new RefusedSqlException(text, 0, "is empty");
        requireOne(query, Lexer.tokens(query), "one query only");
        return query;
    }

    /**
     * Every name in the text, qualified or not, as PostgreSQL reads it (bare words folded to lower case, quoted
     * names as written): {@code app.orders} is [app, orders]. Words inside strings and comments are not names.
     * An over-approximation of what a query references (column names and keywords come out too).
     */
    public static List<List<String>> names(String text) {
        List<List<String>> out = new java.util.ArrayList<>();
        List<String> current = new java.util.ArrayList<>();
        boolean afterDot = false;
        for (Token t : Lexer.tokens(text)) {
            String piece = text.substring(t.start(), t.end());
            boolean name = t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_NAME;
            if (name && (current.isEmpty() || afterDot)) {
                current.add(t.kind() == Kind.WORD ? piece.toLowerCase(java.util.Locale.ROOT)
                        : piece.substring(1, piece.length() - 1).replace("\"\"", "\""));
                afterDot = false;
                continue;
            }
            if (t.kind() == Kind.PUNCTUATION && piece.equals(".") && !current.isEmpty() && !afterDot) {
                afterDot = true;
                continue;
            }
            if (!current.isEmpty()) out.add(List.copyOf(current));
            current.clear();
            afterDot = false;
            if (name) current.add(t.kind() == Kind.WORD ? piece.toLowerCase(java.util.Locale.ROOT)
                    : piece.substring(1, piece.length() - 1).replace("\"\"", "\""));
        }
        if (!current.isEmpty()) out.add(List.copyOf(current));
        return out;
    }

    /**
     * Checks that a statement the tool built is one statement: the last defence before it is sent, whatever
     * went into it.
     */
    public static String requireStatement(String sql) {
        if (sql == null || sql.isBlank()) throw new RefusedSqlException(sql == null ? "" : sql, 0, "is empty");
        requireOne(sql, Lexer.tokens(sql), "a statement must be sent on its own");
        return sql;
    }

    private static void requireOne(String text, List<Token> tokens, String semicolonAdvice) {
        Deque<Character> open = new ArrayDeque<>();
        for (Token t : tokens) {
            switch (t.kind()) {
                case SEMICOLON -> throw new RefusedSqlException(text, t.start(), "contains ';' (" + semicolonAdvice + ")");
                case COMMENT -> throw new RefusedSqlException(text, t.start(), "contains a comment (PostgreSQL does not"
                        + " keep comments in expressions; describe the object with comment: instead)");
                case OPEN -> open.push(text.charAt(t.start()));
                case CLOSE -> {
                    char want = text.charAt(t.start()) == ')' ? '(' : '[';
                    if (open.isEmpty() || open.pop() != want) {
                        throw new RefusedSqlException(text, t.start(), "has unbalanced parentheses or brackets");
                    }
                }
                case WORD, QUOTED_NAME, STRING, NUMBER, OPERATOR, PUNCTUATION, SPACE -> { }
            }
        }
        if (!open.isEmpty()) throw new RefusedSqlException(text, text.length() - 1, "has unbalanced parentheses or brackets");
    }

    /**
     * The text with every bare word {@code word} (any case; not inside strings, quoted names or comments)
     * replaced: a domain check's {@code VALUE} becomes the column it is checked against.
     */
    public static String replaceWord(String text, String word, String replacement) {
        StringBuilder out = new StringBuilder();
        for (Token t : Lexer.tokens(text)) {
            String piece = text.substring(t.start(), t.end());
            out.append(t.kind() == Kind.WORD && piece.equalsIgnoreCase(word) ? replacement : piece);
        }
        return out.toString();
    }

    /** True when the whole text is one parenthesized group: {@code (a) + (b)} is not, {@code ((a) + (b))} is. */
    public static boolean isWrapped(String text) {
        List<Token> tokens = Lexer.tokens(text).stream().filter(t -> t.kind() != Kind.SPACE).toList();
        if (tokens.size() < 2 || tokens.get(0).kind() != Kind.OPEN || tokens.get(tokens.size() - 1).kind() != Kind.CLOSE) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Kind k = tokens.get(i).kind();
            if (k == Kind.OPEN) depth++;
            if (k == Kind.CLOSE) depth--;
            if (depth == 0 && i < tokens.size() - 1) return false;
        }
        return text.charAt(tokens.get(0).start()) == '(' && text.charAt(tokens.get(tokens.size() - 1).start()) == ')';
    }
}
