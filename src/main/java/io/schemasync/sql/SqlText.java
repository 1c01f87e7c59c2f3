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
        return names(text, Lexer.tokens(text));
    }

    /**
     * The names of a function's body, read as {@link #names} does but with parameters ({@code $1}) allowed; empty
     * when even that reading fails (the body is then taken to name nothing).
     */
    public static List<List<String>> bodyNames(String body) {
        try {
            return names(body, Lexer.bodyTokens(body));
        } catch (RefusedSqlException unreadable) {
            return List.of();
        }
    }

    /**
     * The functions the text calls: every name, qualified or not, directly followed by {@code (}, read as
     * {@link #names} reads names ({@code app.total_for(id)} is [app, total_for]). Keywords followed by a parenthesis
     * ({@code IN (...)}) come out too, which only names functions that do not exist. Parameters are allowed (the
     * text may be a function's body); text that even that reading refuses calls nothing.
     */
    public static List<List<String>> calls(String text) {
        List<Token> tokens = significantTokens(text);
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isName(tokens.get(i)) || i > 0 && isDot(text, tokens.get(i - 1))) continue;
            List<String> name = new java.util.ArrayList<>(List.of(nameOf(text, tokens.get(i))));
            int j = i + 1;
            while (j + 1 < tokens.size() && isDot(text, tokens.get(j)) && isName(tokens.get(j + 1))) {
                name.add(nameOf(text, tokens.get(j + 1)));
                j += 2;
            }
            if (j < tokens.size() && tokens.get(j).kind() == Kind.OPEN && text.charAt(tokens.get(j).start()) == '(') {
                out.add(List.copyOf(name));
            }
            i = j - 1;
        }
        return out;
    }

    /** The tokens of a body or expression without spaces and comments; none for text the lexer refuses. */
    private static List<Token> significantTokens(String text) {
        try {
            return Lexer.bodyTokens(text).stream().filter(t -> t.kind() != Kind.SPACE && t.kind() != Kind.COMMENT)
                    .toList();
        } catch (RefusedSqlException unreadable) {
            return List.of();
        }
    }

    /**
     * The types of the variables a PL/pgSQL body declares (its DECLARE sections, nested blocks' too), as qualified
     * names: {@code filter app.user_filter;} is [app, user_filter], {@code subs app.orders[]} [app, orders],
     * {@code v app.orders%ROWTYPE} [app, orders] and {@code v app.orders.id%TYPE} the relation [app, orders].
     * PostgreSQL resolves them when it checks the body, unlike the SQL inside it. Aliases and cursors declare no
     * type; a body that the reading refuses declares none.
     */
    public static List<List<String>> declaredTypes(String body) {
        List<Token> tokens = significantTokens(body);
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isWord(body, tokens.get(i), "declare")) continue;
            int j = i + 1;
            while (j < tokens.size() && !isWord(body, tokens.get(j), "begin")) {
                int end = j;
                while (end < tokens.size() && tokens.get(end).kind() != Kind.SEMICOLON) end++;
                int k = j + 1;
                if (k < end && isWord(body, tokens.get(k), "constant")) k++;
                boolean typed = k < end && isName(tokens.get(k)) && !isWord(body, tokens.get(k), "alias")
                        && !isWord(body, tokens.get(k), "cursor") && !isWord(body, tokens.get(k), "scroll")
                        && !isWord(body, tokens.get(k), "no");
                if (typed) {
                    List<String> name = new java.util.ArrayList<>(List.of(nameOf(body, tokens.get(k))));
                    while (k + 2 < end && isDot(body, tokens.get(k + 1)) && isName(tokens.get(k + 2))) {
                        name.add(nameOf(body, tokens.get(k + 2)));
                        k += 2;
                    }
                    boolean percent = k + 2 < end && body.startsWith("%", tokens.get(k + 1).start());
                    if (percent && isWord(body, tokens.get(k + 2), "type") && name.size() > 1) {
                        name.remove(name.size() - 1);
                    }
                    out.add(List.copyOf(name));
                }
                j = end + 1;
            }
            i = j;
        }
        return out;
    }

    private static boolean isWord(String text, Token t, String word) {
        return t.kind() == Kind.WORD && text.substring(t.start(), t.end()).equalsIgnoreCase(word);
    }

    /**
     * The text with the name of each call that {@code replacement} maps ({@code (schema or null, name)} to the new
     * name, or null to keep it) replaced by the new name, quoted as PostgreSQL prints names ({@code quote_ident}).
     * Read as {@link #calls} reads calls; text that reading refuses comes back unchanged.
     */
    public static String replaceCalls(String text, java.util.function.BiFunction<String, String, String> replacement) {
        List<Token> all;
        try {
            all = Lexer.bodyTokens(text);
        } catch (RefusedSqlException unreadable) {
            return text;
        }
        List<Token> tokens = all.stream().filter(t -> t.kind() != Kind.SPACE && t.kind() != Kind.COMMENT).toList();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isName(tokens.get(i)) || i > 0 && isDot(text, tokens.get(i - 1))) continue;
            int last = i;
            while (last + 2 < tokens.size() && isDot(text, tokens.get(last + 1)) && isName(tokens.get(last + 2))) last += 2;
            int next = last + 1;
            boolean call = next < tokens.size() && tokens.get(next).kind() == Kind.OPEN
                    && text.charAt(tokens.get(next).start()) == '(';
            String schema = last >= i + 2 ? nameOf(text, tokens.get(last - 2)) : null;
            String renamed = call ? replacement.apply(schema, nameOf(text, tokens.get(last))) : null;
            if (renamed != null) {
                out.append(text, copied, tokens.get(last).start()).append(Identifiers.quoteIdentifier(renamed));
                copied = tokens.get(last).end();
            }
            i = last;
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_NAME;
    }

    private static boolean isDot(String text, Token t) {
        return t.kind() == Kind.PUNCTUATION && text.charAt(t.start()) == '.';
    }

    /** A bare word folded as PostgreSQL folds identifiers (ASCII letters only); a quoted name as written. */
    private static String nameOf(String text, Token t) {
        String piece = text.substring(t.start(), t.end());
        return t.kind() == Kind.WORD ? foldCase(piece) : piece.substring(piece.startsWith("U&") || piece.startsWith("u&")
                ? 3 : 1, piece.length() - 1).replace("\"\"", "\"");
    }

    /** PostgreSQL's {@code downcase_identifier} in a UTF-8 database: A-Z become a-z, nothing else changes. */
    public static String foldCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /**
     * A function's body as one dollar-quoted string, {@code $fn$} + newline + body + newline + {@code $fn$}, with a
     * tag that does not occur in the body: whatever the body holds ({@code $$}, {@code $fn$}, quotes, semicolons),
     * the string ends exactly where the body does. The newlines keep the tag apart from the body's first and last
     * characters. See https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-DOLLAR-QUOTING.
     *
     * @throws RefusedSqlException when the body holds a NUL byte or a broken UTF-16 surrogate, which cannot reach
     *                             the server unchanged
     */
    public static String dollarQuoted(String body) {
        requireBody(body);
        String tag = "$fn$";
        for (int n = 1; body.contains(tag); n++) tag = "$fn" + n + "$";
        return tag + "\n" + body + "\n" + tag;
    }

    /**
     * Checks that a function's body can travel to the server as it is: no NUL byte (the protocol cannot carry it)
     * and no broken UTF-16 surrogate (it would be sent as '?').
     *
     * @throws RefusedSqlException with the reason and where in the body
     */
    public static String requireBody(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 0) throw new RefusedSqlException(body, i, "contains a NUL byte");
            if (Character.isHighSurrogate(c) && i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new RefusedSqlException(body, i, "contains a broken UTF-16 surrogate");
            }
        }
        return body;
    }

    /**
     * A name token as PostgreSQL reads it: a bare word with its ASCII letters folded to lower case (in a multi-byte
     * encoding PostgreSQL folds no other letter: {@code Été} stays {@code Été}, where {@link String#toLowerCase}
     * would make it {@code été}), a quoted name as written, its doubled quotes single. A {@code U&".."} name is
     * returned as written, escapes not decoded, so that it matches no name (a reference it makes is missed, never
     * invented).
     */
    public static String identifier(String text, Token t) {
        String piece = text.substring(t.start(), t.end());
        if (t.kind() == Kind.QUOTED_NAME) {
            return piece.startsWith("\"") ? piece.substring(1, piece.length() - 1).replace("\"\"", "\"") : piece;
        }
        StringBuilder out = new StringBuilder(piece.length());
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static List<List<String>> names(String text, List<Token> tokens) {
        List<List<String>> out = new java.util.ArrayList<>();
        List<String> current = new java.util.ArrayList<>();
        boolean afterDot = false;
        for (Token t : tokens) {
            String piece = text.substring(t.start(), t.end());
            boolean name = t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_NAME;
            if (name && (current.isEmpty() || afterDot)) {
                current.add(identifier(text, t));
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
            if (name) current.add(identifier(text, t));
        }
        if (!current.isEmpty()) out.add(List.copyOf(current));
        return out;
    }

    /**
     * A name and nothing else, qualified or not ({@code float8mi}, {@code app."My diff"}), as PostgreSQL reads it:
     * its parts, bare words folded to lower case and quoted names as written. Quoted by the caller, a part cannot
     * end the statement it is placed in.
     *
     * @throws IllegalArgumentException when the text is anything else
     */
    public static List<String> qualifiedName(String text) {
        List<Lexer.Token> tokens;
        try {
            tokens = Lexer.tokens(text).stream().filter(t -> t.kind() != Lexer.Kind.SPACE).toList();
        } catch (RefusedSqlException e) {
            tokens = List.of();
        }
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Lexer.Token t = tokens.get(i);
            boolean name = t.kind() == Lexer.Kind.WORD || t.kind() == Lexer.Kind.QUOTED_NAME
                    && text.charAt(t.start()) == '"';
            boolean dot = t.kind() == Lexer.Kind.PUNCTUATION && text.substring(t.start(), t.end()).equals(".");
            if (i % 2 == 0 ? !name : !dot) { parts.clear(); break; }
            if (name) parts.add(identifier(text, t));
        }
        if (parts.isEmpty() || parts.size() > 2 || tokens.size() != parts.size() * 2 - 1
                || parts.stream().anyMatch(p -> p.isEmpty() || p.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a name (write a name, or schema.name)");
        }
        return List.copyOf(parts);
    }

    /**
     * Checks that a statement the tool built is one statement: the last defence before it is sent, whatever
     * went into it.
     */
    public static String requireStatement(String sql) {
        if (sql == null || sql.isBlank()) throw new RefusedSqlException(sql == null ? "" : sql, 0, "is empty");
        // A function with a SQL-standard body: its parameters and the ';' inside BEGIN ATOMIC ... END are its own.
        List<Token> atomic = atomicStatement(sql);
        requireOne(sql, atomic != null ? atomic : Lexer.tokens(sql), "a statement must be sent on its own");
        return sql;
    }
    /**
     * Words after which {@code CASE} starts a CASE expression. After anything else (after {@code AS}, a dot, or an
     * expression, where PostgreSQL reads it as a column label) it is refused: counting it as the start of an
     * expression there would make {@link #atomicEnd} look for the block's END later than the server does.
     */
    private static final java.util.Set<String> BEFORE_EXPRESSION = java.util.Set.of("select", "where", "when", "then",
            "else", "and", "or", "not", "return", "by", "on", "having", "distinct", "all", "between", "like", "ilike",
            "case", "limit", "offset", "set", "values", "in", "is", "any", "some", "exists", "using");

    /**
     * Checks that a SQL-standard function body from the YAML (PostgreSQL 14) is exactly one: {@code RETURN expr}, or
     * {@code BEGIN ATOMIC stmt; ... END} with nothing after its END but one optional ';'. The body is SQL that the
     * tool places in CREATE FUNCTION as it is, so nothing in it may end that statement: its statements end with ';'
     * only inside the block, parentheses are balanced, and the block's END is found as PostgreSQL's grammar finds
     * it (the first END at depth 0 that closes no CASE, after a ';'). Comments are removed (PostgreSQL keeps the
     * parsed body, not its text).
     *
     * @return the body without comments, the whitespace around it and a trailing ';'
     * @throws RefusedSqlException with the reason and where in the text
     */
    public static String requireStandardBody(String text) {
        if (text == null || trim(text).isEmpty()) throw new RefusedSqlException(text == null ? "" : text, 0, "is empty");
        StringBuilder out = new StringBuilder();
        for (Token t : Lexer.atomicTokens(text)) {
            out.append(t.kind() == Kind.COMMENT ? " " : text.substring(t.start(), t.end()));
        }
        String body = trim(out.toString());
        List<Token> sig = significant(Lexer.atomicTokens(body));
        if (isWord(body, sig, 0, "return")) {
            int last = sig.size() - 1;
            String expression = sig.get(last).kind() == Kind.SEMICOLON ? body.substring(0, sig.get(last).start()) : body;
            if (sig.size() < 2 || sig.size() == 2 && last == 1 && sig.get(1).kind() == Kind.SEMICOLON) {
                throw new RefusedSqlException(body, body.length() - 1, "has nothing after RETURN");
            }
            requireOne(expression, Lexer.atomicTokens(expression), "RETURN is followed by one expression; use BEGIN"
                    + " ATOMIC ... END for statements");
            return trim(expression);
        }
        if (!isWord(body, sig, 0, "begin") || !isWord(body, sig, 1, "atomic")) {
            throw new RefusedSqlException(body, 0, "is not a SQL-standard body: it starts with BEGIN ATOMIC or RETURN");
        }
        int end = atomicEnd(body, sig, 2);
        if (end + 1 < sig.size() && !(end + 2 == sig.size() && sig.get(end + 1).kind() == Kind.SEMICOLON)) {
            throw new RefusedSqlException(body, sig.get(end + 1).start(), "goes on after the END of BEGIN ATOMIC"
                    + " (nothing may follow it)");
        }
        return body.substring(0, sig.get(end).end());
    }

    /**
     * The index (among {@code sig}, the tokens without spaces and comments) of the END that closes the BEGIN ATOMIC
     * block whose statements start at {@code from}. Refuses what could be read another way: a ';' or an END inside
     * parentheses, a CASE that may be a column label, an END that does not follow a ';'.
     */
    static int atomicEnd(String text, List<Token> sig, int from) {
        int depth = 0;
        int cases = 0;
        for (int i = from; i < sig.size(); i++) {
            Token t = sig.get(i);
            switch (t.kind()) {
                case OPEN -> depth++;
                case CLOSE -> {
                    if (--depth < 0) throw new RefusedSqlException(text, t.start(), "has unbalanced parentheses or brackets");
                }
                case SEMICOLON -> {
                    if (depth != 0) throw new RefusedSqlException(text, t.start(), "has a ';' inside parentheses");
                }
                case WORD -> {
                    String word = text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
                    if (word.equals("case")) {
                        if (!startsExpression(text, sig.get(i - 1))) {
                            throw new RefusedSqlException(text, t.start(), "has CASE where it may be a column label"
                                    + " (write it as a quoted name, \"case\", or put the CASE expression in parentheses)");
                        }
                        cases++;
                    } else if (word.equals("end") && cases > 0) {
                        cases--;
                    } else if (word.equals("end")) {
                        if (depth != 0) throw new RefusedSqlException(text, t.start(), "has an END inside parentheses");
                        if (i != from && sig.get(i - 1).kind() != Kind.SEMICOLON) {
                            throw new RefusedSqlException(text, t.start(), "has an END that closes no CASE and does not"
                                    + " follow a ';' (end every statement of BEGIN ATOMIC with ';'; quote a name \"end\")");
                        }
                        return i;
                    }
                }
                default -> { }
            }
        }
        throw new RefusedSqlException(text, text.length() - 1, "has BEGIN ATOMIC without its END");
    }

    private static boolean startsExpression(String text, Token before) {
        return switch (before.kind()) {
            case OPEN, OPERATOR -> true;
            case PUNCTUATION -> text.charAt(before.start()) == ',';
            case WORD -> BEFORE_EXPRESSION.contains(text.substring(before.start(), before.end()).toLowerCase(java.util.Locale.ROOT));
            default -> false;
        };
    }

    private static List<Token> significant(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() != Kind.SPACE && t.kind() != Kind.COMMENT).toList();
    }

    private static boolean isWord(String text, List<Token> sig, int i, String word) {
        return i < sig.size() && sig.get(i).kind() == Kind.WORD
                && text.substring(sig.get(i).start(), sig.get(i).end()).equalsIgnoreCase(word);
    }

    /**
     * The statement a SQL-standard body stands in ({@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC
     * ... END}): its tokens, read with parameters allowed, without the ';' that end the statements of the block, which
     * must end the statement. Null when the statement is not such a CREATE.
     */
    private static List<Token> atomicStatement(String sql) {
        List<Token> all;
        try {
            all = Lexer.atomicTokens(sql);
        } catch (RefusedSqlException e) {
            return null;
        }
        List<Token> sig = significant(all);
        int at = isWord(sql, sig, 1, "or") && isWord(sql, sig, 2, "replace") ? 3 : 1;
        if (!isWord(sql, sig, 0, "create") || !isWord(sql, sig, at, "function") && !isWord(sql, sig, at, "procedure")) {
            return null;
        }
        for (int i = at + 1; i + 1 < sig.size(); i++) {
            if (!isWord(sql, sig, i, "begin") || !isWord(sql, sig, i + 1, "atomic")) continue;
            int end = atomicEnd(sql, sig, i + 2);
            if (end != sig.size() - 1) {
                throw new RefusedSqlException(sql, sig.get(end + 1).start(), "goes on after the END of BEGIN ATOMIC");
            }
            int from = sig.get(i).start();
            return all.stream().filter(t -> t.kind() != Kind.SEMICOLON || t.start() < from).toList();
        }
        return all;
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
