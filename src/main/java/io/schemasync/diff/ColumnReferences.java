package io.schemasync.diff;

import io.schemasync.sql.SqlText;

import io.schemasync.sql.Lexer;
import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;
import io.schemasync.sql.RefusedSqlException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Column names in the server's deparsed text of an expression (pg_get_expr, pg_get_indexdef), renamed the way
 * PostgreSQL renames them when a column is renamed: the server stores expressions as trees of column numbers and
 * prints the current name, so {@code lower(email)} reads {@code lower(login)} once {@code email} became {@code login}.
 * <p>
 * The text is the server's, so a column is a bare lower-case name or a quoted one, never qualified. A name that is
 * called ({@code f(}), follows a dot ({@code (row).field}, {@code schema.f}), names a type ({@code ::name}, and the
 * words of a multi-word type) or a collation, or names an argument ({@code name =>}), is not a column and is kept.
 * Text the lexer cannot read is returned unchanged: the comparison then sees a difference and the object is
 * rebuilt, which is safe.
 */
public final class ColumnReferences {
    /** The words that go on a type's name after its first word (character varying, timestamp with time zone). */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone",
            "year", "month", "day", "hour", "minute", "second", "to");

    private ColumnReferences() {}

    /**
     * Whether the server's text of an expression names {@code column} as a column (not a function, type or field of
     * that name). Text the lexer cannot read counts as naming it: the caller then does the safe, larger thing.
     */
    public static boolean mentions(String expression, String column) {
        if (expression == null) return false;
        String other = column.equals("x") ? "y" : "x";
        try {
            Lexer.tokens(expression);
        } catch (RefusedSqlException e) {
            return true;
        }
        return !rename(expression, Map.of(column, other)).equals(expression);
    }

    /** {@code expression} with every column named in {@code renames} (old → new) under its new name. */
    static String rename(String expression, Map<String, String> renames) {
        if (expression == null || renames.isEmpty()) return expression;
        List<Token> tokens;
        try {
            tokens = Lexer.tokens(expression);
        } catch (RefusedSqlException e) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.length());
        boolean inType = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = expression.substring(t.start(), t.end());
            boolean name = t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_NAME;
            boolean typeWord = name && (afterCast(expression, tokens, i)
                    || inType && t.kind() == Kind.WORD && TYPE_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT)));
            if (t.kind() != Kind.SPACE) inType = typeWord;
            String renamed = name && !typeWord ? renamed(expression, tokens, i, text, renames) : null;
            out.append(renamed != null ? renamed : text);
        }
        return out.toString();
    }

    /**
     * {@code expression} with every column named in {@code renames} that follows one of {@code rows} and a dot
     * ({@code new.email}, {@code old.email} in a trigger's condition) under its new name.
     */
    static String renameFields(String expression, Map<String, String> renames, java.util.Set<String> rows) {
        if (expression == null || renames.isEmpty()) return expression;
        List<Token> tokens;
        try {
            tokens = Lexer.tokens(expression);
        } catch (RefusedSqlException e) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.length());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = expression.substring(t.start(), t.end());
            boolean name = t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_NAME;
            String renamed = null;
            if (name && i >= 2 && expression.substring(tokens.get(i - 1).start(), tokens.get(i - 1).end()).equals(".")
                    && tokens.get(i - 2).kind() == Kind.WORD
                    && rows.contains(SqlText.identifier(expression, tokens.get(i - 2)))) {
                String to = renames.get(SqlText.identifier(expression, t));
                if (to != null) renamed = io.schemasync.sql.Identifiers.display(to);
            }
            out.append(renamed != null ? renamed : text);
        }
        return out.toString();
    }

    /** The new name, quoted as the server would print it, when token {@code i} is a renamed column. */
    private static String renamed(String expression, List<Token> tokens, int i, String text,
                                  Map<String, String> renames) {
        String name = tokens.get(i).kind() == Kind.QUOTED_NAME
                ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : text;
        String to = renames.get(name);
        if (to == null) return null;
        if (tokens.get(i).kind() == Kind.WORD && !text.equals(io.schemasync.sql.Identifiers.display(name))) return null;
        String previous = previous(expression, tokens, i);
        String next = next(expression, tokens, i);
        if (previous.equals(".") || previous.equalsIgnoreCase("collate")) return null;
        if (next.equals("(") || next.equals(".") || next.equals("=>")) return null;
        return io.schemasync.sql.Identifiers.display(to);
    }

    private static boolean afterCast(String expression, List<Token> tokens, int i) {
        int p = skipSpace(tokens, i - 1, -1);
        int q = skipSpace(tokens, p - 1, -1);
        return p >= 0 && q >= 0 && text(expression, tokens.get(p)).equals(":")
                && text(expression, tokens.get(q)).equals(":") && tokens.get(q).end() == tokens.get(p).start();
    }

    private static String previous(String expression, List<Token> tokens, int i) {
        int p = skipSpace(tokens, i - 1, -1);
        return p < 0 ? "" : text(expression, tokens.get(p));
    }

    private static String next(String expression, List<Token> tokens, int i) {
        int n = skipSpace(tokens, i + 1, 1);
        return n >= tokens.size() ? "" : text(expression, tokens.get(n));
    }

    private static int skipSpace(List<Token> tokens, int i, int step) {
        while (i >= 0 && i < tokens.size() && tokens.get(i).kind() == Kind.SPACE) i += step;
        return i;
    }

    private static String text(String expression, Token t) {
        return expression.substring(t.start(), t.end());
    }
}
