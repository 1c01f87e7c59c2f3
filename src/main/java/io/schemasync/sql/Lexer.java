package io.schemasync.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens where PostgreSQL's own scanner does (src/backend/parser/scan.l, PostgreSQL 13–18),
 * so that the tool knows with certainty which characters are inside a string, a quoted name or a comment, and
 * where a statement could end. It reads the text as the server does with standard_conforming_strings on (the tool
 * sets it on every session):
 * <ul>
 *   <li>identifiers start with a letter, {@code _} or any non-ASCII character, and go on with those, digits and
 *       {@code $}: {@code _$a$} and {@code €e} are identifiers, so a {@code $} or an {@code e'} inside them quotes
 *       nothing;</li>
 *   <li>{@code E'..'}, {@code B'..'}, {@code X'..'}, {@code N'..'}, {@code U&'..'} and {@code U&".."} only when the
 *       prefix is a whole token; backslashes escape only in {@code E''} strings; bit and hex strings have no
 *       doubled quotes;</li>
 *   <li>a string followed by whitespace holding a newline and another quote goes on in the same mode;</li>
 *   <li>dollar quotes {@code $tag$..$tag$} with PostgreSQL's tag characters; block comments nest.</li>
 * </ul>
 * What could be read two ways (a construct that PostgreSQL majors scan differently, a lone {@code $}, a parameter,
 * a NUL byte, a control character, a broken UTF-16 surrogate, a non-ASCII dollar-quote tag, a JDBC escape brace) is
 * refused with {@link RefusedSqlException} rather than guessed.
 */
public final class Lexer {
    /** What a token is; enough to find statement ends, nesting and comments, not to parse. */
    public enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, OPERATOR, OPEN, CLOSE, SEMICOLON, PUNCTUATION, COMMENT, SPACE }

    /** The text from {@code start} (inclusive) to {@code end} (exclusive) is one token of {@code kind}. */
    public record Token(Kind kind, int start, int end) {}

    private enum StringMode { STANDARD, ESCAPE, BIT }

    private static final String OPERATOR_CHARS = "~!@#^&|`?+-*/%<>=";

    private final String text;
    private final boolean lenient;
    private final boolean parameters;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(String text, boolean lenient) {
        this(text, lenient, lenient);
    }

    private Lexer(String text, boolean lenient, boolean parameters) {
        this.text = text;
        this.lenient = lenient;
        this.parameters = parameters;
    }

    /** The tokens of {@code text}, in order, covering all of it. */
    public static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text, false);
        lexer.checkCharacters();
        while (lexer.pos < text.length()) lexer.next();
        return List.copyOf(lexer.tokens);
    }

    /**
     * The tokens of the body of a function, which may use parameters ({@code $1}, read as a {@link Kind#NUMBER})
     * and put a {@code --} comment right after a string: only to find the names the body uses, never to decide
     * whether text may be sent (a body is sent as one dollar-quoted string, see {@link SqlText#dollarQuoted}).
     */
    public static List<Token> bodyTokens(String text) {
        Lexer lexer = new Lexer(text, true);
        lexer.checkCharacters();
        while (lexer.pos < text.length()) lexer.next();
        return List.copyOf(lexer.tokens);
    }

    /**
     * The tokens of a SQL-standard function body ({@code BEGIN ATOMIC ... END}, {@code RETURN ...}) and of the
     * statement that carries it: as strict as {@link #tokens}, except that parameters ({@code $1}, a
     * {@link Kind#NUMBER}) are allowed, since such a body is SQL the server parses, not a string.
     */
    public static List<Token> atomicTokens(String text) {
        Lexer lexer = new Lexer(text, false, true);
        lexer.checkCharacters();
        while (lexer.pos < text.length()) lexer.next();
        return List.copyOf(lexer.tokens);
    }

    /** NUL cannot travel in the protocol and a lone surrogate would be sent as '?': either changes the text. */
    private void checkCharacters() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) throw refuse(i, "contains a NUL byte");
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refuse(i, "contains a broken UTF-16 surrogate");
            }
        }
    }

    private void next() {
        int start = pos;
        char c = text.charAt(pos);
        if (isSpace(c)) {
            while (pos < text.length() && isSpace(text.charAt(pos))) pos++;
            add(Kind.SPACE, start);
        } else if (startsWith("--")) {
            lineComment();
        } else if (startsWith("/*")) {
            blockComment();
        } else if (c == '\'') {
            string(StringMode.STANDARD, pos);
        } else if (c == '"') {
            quotedName(pos);
        } else if (c == '$') {
            dollar();
        } else if (isIdentStart(c)) {
            word();
        } else if (isDigit(c) || c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            number();
        } else {
            punctuation(c);
        }
    }

    private void punctuation(char c) {
        int start = pos;
        switch (c) {
            case '(', '[' -> single(Kind.OPEN);
            case ')', ']' -> single(Kind.CLOSE);
            case ';' -> single(Kind.SEMICOLON);
            case ',', ':', '.' -> single(Kind.PUNCTUATION);
            default -> {
                if (OPERATOR_CHARS.indexOf(c) < 0) throw refuse(start, unexpected(c));
                // An operator ends where "--" or "/*" begins: PostgreSQL cuts the comment start off the operator.
                while (pos < text.length() && OPERATOR_CHARS.indexOf(text.charAt(pos)) >= 0
                        && !startsWith("--") && !startsWith("/*")) {
                    pos++;
                }
                add(Kind.OPERATOR, start);
            }
        }
    }

    private static String unexpected(char c) {
        if (c == '\\') return "has a backslash outside a string (only E'...' strings take backslash escapes)";
        if (c == '{' || c == '}') return "has a brace outside a string, which is not SQL (JDBC would rewrite it)";
        if (c < 0x20 || c == 0x7f) return String.format("contains the control character U+%04X", (int) c);
        return "has the character '" + c + "', which is not SQL outside a string";
    }

    private void single(Kind kind) {
        pos++;
        add(kind, pos - 1);
    }

    private void add(Kind kind, int start) {
        tokens.add(new Token(kind, start, pos));
    }

    private void lineComment() {
        int start = pos;
        while (pos < text.length() && !isNewline(text.charAt(pos))) pos++;
        add(Kind.COMMENT, start);
    }

    /** Block comments nest, as in the SQL standard: each "/*" needs its own "*&#47;". */
    private void blockComment() {
        int start = pos;
        int depth = 0;
        do {
            if (pos >= text.length()) throw refuse(start, "has an unterminated /* comment");
            if (startsWith("/*")) {
                depth++;
                pos += 2;
            } else if (startsWith("*/")) {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        } while (depth > 0);
        add(Kind.COMMENT, start);
    }

    /**
     * An identifier or keyword, read whole: a prefix letter starts a special string only when it is the entire
     * token ({@code e'..'}, but {@code €e'..'} is the identifier {@code €e} and then a standard string).
     */
    private void word() {
        int start = pos;
        while (pos < text.length() && isIdentCont(text.charAt(pos))) pos++;
        String w = text.substring(start, pos);
        boolean quoteNext = pos < text.length() && text.charAt(pos) == '\'';
        if (w.length() == 1 && quoteNext) {
            switch (Character.toLowerCase(w.charAt(0))) {
                case 'e' -> { string(StringMode.ESCAPE, start); return; }
                case 'b', 'x' -> { string(StringMode.BIT, start); return; }
                case 'n' -> { string(StringMode.STANDARD, start); return; }
                default -> { }
            }
        }
        if (w.equalsIgnoreCase("u") && startsWith("&'")) {
            pos++;
            string(StringMode.STANDARD, start);
        } else if (w.equalsIgnoreCase("u") && startsWith("&\"")) {
            pos++;
            quotedName(start);
        } else {
            add(Kind.WORD, start);
        }
    }

    /**
     * Digits, a fraction and an exponent. A number running straight into a name ({@code 1e'..'}, {@code 0x1F},
     * {@code 1_000}, {@code 1.e}) is scanned differently by PostgreSQL 13–14 (a number, then a name or an escape
     * string), 15 (an error) and 16 (hexadecimal, separators): refused.
     */
    private void number() {
        int start = pos;
        digits();
        if (pos < text.length() && text.charAt(pos) == '.' && !startsWith("..")) {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int sign = pos + 1 < text.length() && (text.charAt(pos + 1) == '+' || text.charAt(pos + 1) == '-') ? 1 : 0;
            if (pos + 1 + sign < text.length() && isDigit(text.charAt(pos + 1 + sign))) {
                pos += 1 + sign;
                digits();
            }
        }
        if (pos < text.length() && (isIdentCont(text.charAt(pos)) || text.charAt(pos) == '\'')) {
            throw refuse(pos, "has a number that runs into a name or a quote (" + text.substring(start,
                    Math.min(text.length(), pos + 1)) + "...): put a space or an operator between them");
        }
        add(Kind.NUMBER, start);
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
    }

    /** A dollar-quoted string, a parameter ($1) or a lone $: only the first is accepted. */
    private void dollar() {
        int start = pos;
        int i = pos + 1;
        if (i < text.length() && isDigit(text.charAt(i)) && parameters) {
            pos = i;
            digits();
            add(Kind.NUMBER, start);
            return;
        }
        if (i < text.length() && isDigit(text.charAt(i))) {
            throw refuse(start, "has a parameter ($" + text.charAt(i) + "...), which has no value here");
        }
        if (i < text.length() && isIdentStart(text.charAt(i))) {
            i++;
            while (i < text.length() && isTagCont(text.charAt(i))) i++;
        }
        if (i >= text.length() || text.charAt(i) != '$') {
            throw refuse(start, "has a '$' that starts neither a $-quoted string nor a name");
        }
        String tag = text.substring(start, i + 1);
        if (!tag.chars().allMatch(ch -> ch < 0x80)) {
            // The server compares tags byte by byte after converting to its own encoding; keep tags ASCII so that
            // no conversion can make two different tags the same.
            throw refuse(start, "has a $-quote tag with non-ASCII characters (" + tag + "): use ASCII letters");
        }
        int end = text.indexOf(tag, i + 1);
        if (end < 0) throw refuse(start, "has an unterminated $-quoted string (" + tag + " is not closed)");
        pos = end + tag.length();
        add(Kind.STRING, start);
    }

    private void quotedName(int start) {
        int i = pos + 1;
        while (true) {
            int q = text.indexOf('"', i);
            if (q < 0) throw refuse(start, "has an unterminated quoted name");
            if (q + 1 < text.length() && text.charAt(q + 1) == '"') {
                i = q + 2;
                continue;
            }
            if (q == pos + 1) throw refuse(start, "has an empty quoted name (\"\")");
            pos = q + 1;
            break;
        }
        add(Kind.QUOTED_NAME, start);
    }

    /**
     * A string from the quote at {@code pos}; {@code start} includes its prefix. After the closing quote,
     * whitespace that holds a newline and then another quote continues the same string, in the same mode
     * ({@code E'a'}, newline, {@code '\''} is one escape string).
     */
    private void string(StringMode mode, int start) {
        int i = pos + 1;
        while (true) {
            i = stringBody(mode, i, start);
            int resume = continuation(i);
            if (resume < 0) break;
            i = resume;
        }
        pos = i;
        add(Kind.STRING, start);
    }

    /** From inside a string at {@code i}: the index after its closing quote. */
    private int stringBody(StringMode mode, int i, int start) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && mode == StringMode.ESCAPE) {
                i += 2;
            } else if (c == '\'') {
                if (mode != StringMode.BIT && i + 1 < text.length() && text.charAt(i + 1) == '\'') i += 2;
                else return i + 1;
            } else {
                i++;
            }
        }
        throw refuse(start, "has an unterminated string");
    }

    /**
     * scan.l's {@code quotecontinue}: horizontal whitespace, a newline, then any whitespace, then a quote. Returns
     * the index after that quote, or -1. A comment inside is refused (it would be part of the string's token).
     */
    private int continuation(int i) {
        int j = i;
        while (j < text.length() && isHorizontalSpace(text.charAt(j))) j++;
        if (j >= text.length() || !isNewline(text.charAt(j))) return commentAfterString(j, -1);
        while (j < text.length() && isSpace(text.charAt(j))) j++;
        if (j < text.length() && text.charAt(j) == '\'') return j + 1;
        return commentAfterString(j, -1);
    }

    /** "--" right where a continuation could go on makes the reading depend on the comment: refused. */
    private int commentAfterString(int j, int result) {
        if (text.startsWith("--", j) && !lenient) {
            throw refuse(j, "has a -- comment right after a string (PostgreSQL may read the next line as more of"
                    + " the string)");
        }
        return result;
    }

    private boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    private RefusedSqlException refuse(int at, String why) {
        return new RefusedSqlException(text, at, why);
    }

    /** scan.l's {@code space}; vertical tab is whitespace only since PostgreSQL 16 and is refused as a control. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** scan.l's {@code ident_start}: any byte >= 0x80 (every non-ASCII character in UTF-8) counts as a letter. */
    static boolean isIdentStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c >= 0x80;
    }

    /** scan.l's {@code ident_cont}: also digits and {@code $}. */
    static boolean isIdentCont(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    /** scan.l's {@code dolq_cont}: like an identifier, but without {@code $}. */
    private static boolean isTagCont(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
