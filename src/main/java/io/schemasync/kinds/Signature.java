package io.schemasync.kinds;

import io.schemasync.kinds.Routine.Argument;
import io.schemasync.kinds.Routine.Mode;
import io.schemasync.model.TypeNames;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Lexer;
import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;
import io.schemasync.sql.Sql;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The YAML key of a function or procedure, read as the part of {@code CREATE FUNCTION} it is:
 * {@code name([mode] [argument] type [DEFAULT expression], ...)}. It is read as SQL: unquoted names are folded to
 * lower case, as PostgreSQL does, and quoted names are taken as written. Every piece is checked where it will
 * stand in the statement — names are quoted by the tool, types must be type names ({@link Sql#requireType}),
 * defaults one expression ({@link Sql#requireExpression}) — so nothing in a key can end the statement.
 */
public final class Signature {
    private static final Set<String> MODES = Set.of("in", "out", "inout", "variadic");
    /** Words that would read as a mode or a keyword where an argument's name stands: written quoted. */
    private static final Set<String> QUOTED_ARGUMENT_NAMES = Set.of("in", "out", "inout", "variadic", "default",
            "setof", "table");

    /** The routine's name and arguments, as the key gives them. */
    public record Parsed(String routine, List<Argument> arguments) {
        public String identity() {
            return Signature.identity(routine, arguments);
        }
    }

    /** What {@code returns:} says: a type, {@code setof} a type, or {@code table(name type, ...)}. */
    public record Returns(String type, boolean set, List<Argument> columns) {}

    private Signature() {}

    /** @throws IllegalArgumentException saying what is wrong with the key */
    public static Parsed parse(String key) {
        List<Token> tokens = significant(key);
        if (tokens.isEmpty() || !isName(tokens.get(0))) {
            throw new IllegalArgumentException("must start with the routine's name, like total_for(customer_id bigint)");
        }
        if (tokens.size() < 2 || !isOpen(key, tokens.get(1))) {
            throw new IllegalArgumentException("needs its argument list in parentheses after the name, like "
                    + piece(key, tokens.get(0)) + "() or " + piece(key, tokens.get(0)) + "(customer_id bigint)");
        }
        int close = closing(key, tokens, 1);
        if (close != tokens.size() - 1) {
            throw new IllegalArgumentException("has text after the argument list: \""
                    + key.substring(tokens.get(close + 1).start()).strip() + "\"");
        }
        String routine = name(key, tokens.get(0));
        String inner = key.substring(tokens.get(1).end(), tokens.get(close).start());
        List<Argument> arguments = new ArrayList<>();
        for (String piece : split(inner)) arguments.add(argument(piece));
        return new Parsed(routine, arguments);
    }

    /** The {@code returns:} of a function. @throws IllegalArgumentException saying what is wrong */
    public static Returns returns(String text) {
        List<Token> tokens = significant(text);
        if (tokens.isEmpty()) throw new IllegalArgumentException("is empty");
        String first = piece(text, tokens.get(0)).toLowerCase(Locale.ROOT);
        if (tokens.size() == 1 && (first.equals("setof") || first.equals("table"))) {
            throw new IllegalArgumentException("names no type (" + first + " what?)");
        }
        if (first.equals("setof") && tokens.get(0).kind() == Kind.WORD && tokens.size() > 1) {
            return new Returns(type(text.substring(tokens.get(1).start())), true, List.of());
        }
        if (first.equals("table") && tokens.get(0).kind() == Kind.WORD && tokens.size() > 1 && isOpen(text, tokens.get(1))) {
            int close = closing(text, tokens, 1);
            if (close != tokens.size() - 1) throw new IllegalArgumentException("has text after table(...)");
            List<Argument> columns = new ArrayList<>();
            for (String piece : split(text.substring(tokens.get(1).end(), tokens.get(close).start()))) {
                Argument a = argument(piece);
                if (a.mode() != Mode.IN || a.name() == null || a.defaultExpr() != null) {
                    throw new IllegalArgumentException("table(...) lists columns as name type: \"" + piece.strip() + "\"");
                }
                columns.add(new Argument(Mode.TABLE, a.name(), a.type(), null));
            }
            if (columns.isEmpty()) throw new IllegalArgumentException("table() needs at least one column");
            return new Returns("record", true, columns);
        }
        return new Returns(type(text), false, List.of());
    }

    /** {@code routine(type, type)}: the input arguments' types as PostgreSQL prints them, where that is known. */
    public static String identity(String routine, List<Argument> arguments) {
        return routine + "(" + arguments.stream().filter(a -> a.mode().isInput()).map(a -> identityType(a.type()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The identity {@code routine(type, type)} with each type passed through {@code types}: the identity names the
     * types of the input arguments, so a rewrite of their types (a renamed type, a schema read back under its own
     * name) rewrites it too.
     */
    public static String mapIdentityTypes(String identity, java.util.function.UnaryOperator<String> types) {
        int open = identity.indexOf('(');
        if (open < 0 || !identity.endsWith(")")) return identity;
        String args = identity.substring(open + 1, identity.length() - 1);
        if (args.isBlank()) return identity;
        return identity.substring(0, open + 1) + java.util.Arrays.stream(args.split(",")).map(a -> types.apply(a.strip()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A type as {@code oidvectortypes} prints an argument's type: without modifiers (PostgreSQL keeps none for
     * arguments), built-in names spelled as format_type spells them, unquoted user type names folded.
     */
    static String identityType(String written) {
        String t = written.strip().replaceAll("\\s+", " ");
        if (t.contains("\"")) return t;
        String canonical = TypeNames.canonical(t);
        if (canonical.equals(t)) canonical = SqlText.foldCase(t);
        String bare = canonical.replaceAll("\\s*\\([^()]*\\)", "");
        // interval's fields (interval day to second) are a modifier too.
        return bare.startsWith("interval ") ? "interval" + (bare.endsWith("[]") ? "[]" : "") : bare;
    }

    /** The key introspect writes, which {@link #parse} reads back as the same name and arguments. */
    public static String format(String routine, List<Argument> arguments) {
        return display(routine) + "(" + arguments.stream().filter(a -> a.mode() != Mode.TABLE)
                .map(Signature::format).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code table(x integer, y text)}, for {@code returns:}. */
    public static String formatTable(List<Argument> columns) {
        return "table(" + columns.stream().map(c -> argumentName(c.name()) + " " + c.type())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String format(Argument a) {
        StringBuilder out = new StringBuilder();
        if (a.mode() != Mode.IN) out.append(a.mode().name()).append(' ');
        if (a.name() != null) out.append(argumentName(a.name())).append(' ');
        out.append(a.type());
        if (a.defaultExpr() != null) out.append(" DEFAULT ").append(a.defaultExpr());
        return out.toString();
    }

    /** A name as the key writes it: bare when PostgreSQL reads it back the same, quoted otherwise. */
    public static String display(String name) {
        return Identifiers.display(name);
    }

    private static String argumentName(String name) {
        return QUOTED_ARGUMENT_NAMES.contains(name) ? Sql.quote(name) : display(name);
    }

    private static Argument argument(String piece) {
        List<Token> tokens = significant(piece);
        if (tokens.isEmpty()) throw new IllegalArgumentException("has an empty argument (two commas, or a comma at the end)");
        String head = piece;
        String defaultExpr = null;
        int depth = 0;
        for (Token t : tokens) {
            if (t.kind() == Kind.OPEN) depth++;
            if (t.kind() == Kind.CLOSE) depth--;
            boolean isDefault = t.kind() == Kind.WORD && piece(piece, t).equalsIgnoreCase("default")
                    || t.kind() == Kind.OPERATOR && piece(piece, t).equals("=");
            if (depth == 0 && isDefault) {
                head = piece.substring(0, t.start());
                if (SqlText.trim(piece.substring(t.end())).isEmpty()) {
                    throw new IllegalArgumentException("has DEFAULT without an expression: \"" + piece.strip() + "\"");
                }
                defaultExpr = Sql.requireExpression(piece.substring(t.end()));
                break;
            }
        }
        List<Token> words = significant(head);
        Mode mode = Mode.IN;
        if (words.size() > 1 && words.get(0).kind() == Kind.WORD
                && MODES.contains(piece(head, words.get(0)).toLowerCase(Locale.ROOT))) {
            mode = Mode.valueOf(piece(head, words.get(0)).toUpperCase(Locale.ROOT));
            head = head.substring(words.get(1).start());
            words = significant(head);
        }
        if (words.isEmpty()) throw new IllegalArgumentException("has an argument without a type: \"" + piece.strip() + "\"");
        return named(head, words, mode, defaultExpr, piece);
    }

    /** {@code name type} or {@code type}: PostgreSQL's grammar decides the same way for the types it has. */
    private static Argument named(String head, List<Token> words, Mode mode, String defaultExpr, String piece) {
        String whole = head.strip();
        boolean wholeIsType = isType(whole);
        String rest = words.size() > 1 && isName(words.get(0)) ? head.substring(words.get(1).start()).strip() : null;
        boolean restIsType = rest != null && isType(rest);
        if (wholeIsType && (!restIsType || TypeNames.isBuiltin(TypeNames.canonical(whole)))) {
            return new Argument(mode, null, type(whole), defaultExpr);
        }
        if (!restIsType) {
            throw new IllegalArgumentException("has an argument that is not [mode] [name] type [DEFAULT expression]: \""
                    + piece.strip() + "\"");
        }
        String name = name(head, words.get(0));
        String problem = Identifiers.lengthProblem(name);
        if (problem != null) throw new IllegalArgumentException("argument name \"" + name + "\" " + problem);
        return new Argument(mode, name, type(rest), defaultExpr);
    }

    private static boolean isType(String text) {
        try {
            Sql.requireType(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String type(String text) {
        return Sql.requireType(text.strip()).strip();
    }

    /** The text between commas at the outermost level; none for empty text. */
    private static List<String> split(String inner) {
        List<String> out = new ArrayList<>();
        if (inner.isBlank()) return out;
        int depth = 0;
        int start = 0;
        for (Token t : Lexer.tokens(inner)) {
            if (t.kind() == Kind.OPEN) depth++;
            if (t.kind() == Kind.CLOSE) depth--;
            if (depth == 0 && t.kind() == Kind.PUNCTUATION && inner.charAt(t.start()) == ',') {
                out.add(inner.substring(start, t.start()));
                start = t.end();
            }
        }
        out.add(inner.substring(start));
        return out;
    }

    /** Tokens without whitespace; no statement end, no comment (a key is never a statement). */
    private static List<Token> significant(String text) {
        List<Token> out = new ArrayList<>();
        for (Token t : Lexer.tokens(text)) {
            if (t.kind() == Kind.SEMICOLON) throw new IllegalArgumentException("contains ';'");
            if (t.kind() == Kind.COMMENT) throw new IllegalArgumentException("contains a comment");
            if (t.kind() != Kind.SPACE) out.add(t);
        }
        return out;
    }

    /** The index of the token closing the parenthesis at {@code open}. */
    private static int closing(String text, List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.OPEN) depth++;
            if (tokens.get(i).kind() == Kind.CLOSE && --depth == 0) {
                if (text.charAt(tokens.get(i).start()) != ')') break;
                return i;
            }
        }
        throw new IllegalArgumentException("has unbalanced parentheses");
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_NAME;
    }

    private static boolean isOpen(String text, Token t) {
        return t.kind() == Kind.OPEN && text.charAt(t.start()) == '(';
    }

    private static String piece(String text, Token t) {
        return text.substring(t.start(), t.end());
    }

    /** A name as PostgreSQL reads it: a bare word folded to lower case, a quoted name as written. */
    private static String name(String text, Token t) {
        String p = piece(text, t);
        if (t.kind() == Kind.WORD) return SqlText.foldCase(p);
        if (!p.startsWith("\"")) throw new IllegalArgumentException("has a name in a form schemasync does not read: " + p);
        return p.substring(1, p.length() - 1).replace("\"\"", "\"");
    }
}
