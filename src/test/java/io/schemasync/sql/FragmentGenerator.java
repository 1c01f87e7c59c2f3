package io.schemasync.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates SQL fragments that mix the constructs where a naive scanner and PostgreSQL's disagree. A fragment is
 * either valid: built from atoms that are each a valid expression (given {@link #FIXTURES}), joined by operators,
 * function calls, casts and brackets, so that PostgreSQL reads the whole as one valid expression; or hostile: a
 * valid one with one or two insertions (a {@code ; SELECT 'x'} tail, a stray quote, a prefix
 * letter glued before a quote, a lone dollar tag, a comment start, a deleted character, a trap that a naive
 * scanner reads as one string...). Fixed seed: the same fragments every run.
 */
final class FragmentGenerator {
    /** What a fragment is by construction. */
    enum Kind {
        /** Valid atoms only: PostgreSQL reads one valid expression, and the lexer should accept it. */
        VALID,
        /** Valid, with an atom the lexer refuses on purpose (a comment, a non-ASCII dollar tag). */
        CONSERVATIVE,
        /** A valid fragment with insertions: may be anything. */
        HOSTILE
    }

    /** A generated text, what it is, and the atom groups and insertions ("+tail", ...) it holds. */
    record Fragment(String text, Kind kind, Set<String> groups) {}

    /** The names the atoms use: domains over text (so {@code €e'x'} is a typed literal) and functions. */
    static final List<String> FIXTURES;

    /**
     * Atoms, each a valid expression of a string type, by construct. The "conservative" ones are valid too but
     * hold what the lexer refuses on purpose (comments, non-ASCII dollar tags, numbers running into names).
     */
    private static final Map<String, List<String>> ATOMS = new LinkedHashMap<>();

    private static final String CONSERVATIVE_GROUP = "conservative";

    /** Texts a naive scanner reads as one string or name where PostgreSQL sees a bare ';' or ')' (never valid). */
    private static final List<String> TRAPS;

    private static final List<String> GLUE_PREFIXES = List.of("e", "E", "x", "X", "b", "n", "N", "u&", "U&", "€e",
            "ae", "_$a$", "x$b$", "\u3000e", "1", "é");
    private static final List<String> TAILS = List.of("; SELECT 'x'", ";", "; COMMIT", ") ; SELECT ('x'",
            ") ; SELECT ('x'", "); COMMIT; SELECT (1", ");\nSELECT (''", "), ('x'", ") AS y, ('x'", " -- )",
            "/* ; */", ")", "(", "]");
    private static final List<String> CHARACTERS = List.of(";", "(", ")", "[", "\\", "\n'", "e", "-", "*", "1e",
            "0x1F", "1_000", "1.e5x");
    private static final List<String> SPACES = List.of(" ", " ", " ", "", "\n", "\t", "\n    ", "\r\n");

    static {
        String[] domains = {"€e", "ae", "_$a$", "x$b$", "\u3000e"};
        String[] functions = {"_$a$", "x$b$", "x$", "a$$b", "é", "€e", "naïve", "q\"uote", "a;b", "$a$", "--", "/*",
                "'", "fé", "commit", "é$x$"};
        List<String> fixtures = new ArrayList<>();
        for (String d : domains) fixtures.add("CREATE DOMAIN " + quoted(d) + " AS text");
        for (String f : functions) {
            fixtures.add("CREATE FUNCTION " + quoted(f) + "() RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''f'''");
        }
        FIXTURES = List.copyOf(fixtures);

        atoms("standard string", "'it''s'", "'a\\'", "'\\\\'", "'\\'", "'a;b'", "'/* x */'", "'-- y'", "'$$'",
                "'$a$'", "'\"'", "')('", "''", "'é€'", "'C:\\dir\\'", "'a\\''b'");
        atoms("escape string", "E'it\\'s'", "e'a\\\\'", "E'\\\\\\''", "E'\\''", "E''''", "E'\\\\'", "E'a\\nb'",
                "E'\\x41;'", "E'\\u00e9'", "E'\\' ; SELECT '", "e'\\') , ('", "E'$$\\''");
        atoms("dollar quote", "$$a;b$$", "$$'$$", "$a$ $$ ; $a$", "$_1$ ' $_1$", "$x1$$x1$", "$a$a$$a$",
                "$$ -- $$", "$b$/* $b$", "$A$ x $a$ ) ; $A$", "$q$\\$q$", "$a$'$a$");
        atoms("unicode string", "U&'d\\0061t\\+000061'", "U&'d!0061t' UESCAPE '!'", "u&'\\+0000e9'", "U&'a''b'",
                "U&'x#0041' UESCAPE '#'", "U&'\\' UESCAPE '!'", "U&'a\\\\'");
        atoms("bit string", "B'1010'::text", "X'1F'::text", "concat(X'')", "concat(B'')", "(x'aB' || B'1')::text",
                "X''::text", "concat(B'1'\n'0')", "concat(X'1'\n  'F')");
        atoms("national string", "N'abc'", "n'it''s'", "N'\\'");
        atoms("continued string", "'a'\n'b'", "'a' \n  'b;c'", "E'a'\n'\\''", "E'x'\n\t'\\\\'", "'a'\r\n'b'",
                "U&'\\0061'\n'b'", "N'a'\n'b'", "'a'\n\n'b'", "E'a\\\\'\n'\\''", "'a\\'\n'b'", "E'a'\n'\\') ; SELECT ('");
        atoms("quoted name", "\"q\"\"uote\"()", "\"a;b\"()", "\"$a$\"()", "\"--\"()", "\"/*\"()", "\"'\"()",
                "U&\"f\\00e9\"()", "\"é\"()");
        atoms("dollar in name", "_$a$()", "x$b$()", "x$()", "a$$b()", "_$a$'x'", "x$b$ 'y'", "x$b$'$b$ ; $b$'",
                "x$b$() || $b$ ; $b$", "_$a$'x' || $a$ ) $a$", "é$x$()", "x$b$() || '$b$) , ($b$'");
        atoms("non-ASCII name", "é()", "€e()", "naïve()", "€e'z'", "€e'\\'", "ae'\\'", "\u3000e'\\'",
                "€e'\\' || '; SELECT 1 --'");
        atoms("keyword and number", "COMMIT()", "1::text", "1.5e3::text", ".5::text", "(1 + 2)::text", "'x'::text",
                "(ARRAY['a', 'b'])[1]");
        atoms(CONSERVATIVE_GROUP, "/* c */ 'x'", "'x' /* a /* b */ c */", "$€$x;$€$", "$é$)$é$",
                "'a' -- c\n", "'a' -- c\n'b'", "$a€$ ; $a€$");
        TRAPS = List.of("'\\' ; SELECT ' || 'x'", "€e'\\' ; SELECT ' || 'x'", "ae'\\' ; SELECT ' || 'x'",
                "N'\\' ; SELECT ' || 'x'", "U&'\\' ; SELECT ' || 'x'", "_$a$'\\' ; SELECT ' || 'x'",
                "\u3000e'\\' ; SELECT ' || 'x'", "_$a$ || ') ; SELECT (' || $a$", "x$a$) ; SELECT ($a$",
                "E'a'\n'\\' || ';' || '\\'", "E'\\\\' ; SELECT ' || 'x'", "X'1'\n'\\' ; SELECT ' || 'x'",
                "'a' -- '\n|| ';' || 'x'", "$a$ x$a$) , ($a$ y $a$", "/* /* */ ; SELECT 1 */ 'x'");
    }

    private static void atoms(String group, String... atoms) {
        ATOMS.put(group, List.of(atoms));
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The atom groups, in order, for coverage counts. */
    static List<String> groups() {
        return List.copyOf(ATOMS.keySet());
    }

    private final Random random;
    private Set<String> used;

    FragmentGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} fragments, about three in five valid. */
    List<Fragment> generate(int count) {
        List<Fragment> fragments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) fragments.add(random.nextInt(5) < 3 ? valid() : hostile());
        return fragments;
    }

    private Fragment valid() {
        used = new TreeSet<>();
        String text = expression();
        return new Fragment(text, used.contains(CONSERVATIVE_GROUP) ? Kind.CONSERVATIVE : Kind.VALID, used);
    }

    private Fragment hostile() {
        used = new TreeSet<>();
        String text = expression();
        int insertions = 1 + random.nextInt(2);
        for (int i = 0; i < insertions; i++) text = insert(text);
        return new Fragment(text, Kind.HOSTILE, used);
    }

    private String expression() {
        return switch (random.nextInt(6)) {
            case 0 -> term(2) + space() + pick(List.of("=", "<>", "<", ">=")) + space() + term(2);
            case 1 -> term(2) + " IS NOT NULL";
            default -> term(3);
        };
    }

    /** A string-typed expression of at most {@code depth} levels. */
    private String term(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) return atom();
        int d = depth - 1;
        return switch (random.nextInt(8)) {
            case 0, 1 -> term(d) + space() + "||" + space() + term(d);
            case 2 -> "concat(" + term(d) + "," + space() + term(d) + (random.nextBoolean() ? ", " + term(d) : "") + ")";
            case 3 -> "coalesce(" + term(d) + "," + space() + term(d) + ")";
            case 4 -> "(" + space() + term(d) + space() + ")";
            case 5 -> "upper(" + term(d) + ")";
            case 6 -> "(ARRAY[" + term(d) + "," + space() + term(d) + "])[1]";
            default -> "format('%s/%s'," + space() + term(d) + ", " + term(d) + ")";
        };
    }

    private String atom() {
        // conservative atoms are rarer, so that most valid fragments are accepted by the lexer
        String group = random.nextInt(12) == 0 ? CONSERVATIVE_GROUP : pick(groups().subList(0, groups().size() - 1));
        used.add(group);
        return pick(ATOMS.get(group));
    }

    private String insert(String text) {
        int at = random.nextInt(text.length() + 1);
        String before = text.substring(0, at);
        String after = text.substring(at);
        return switch (random.nextInt(11)) {
            case 0, 1, 10 -> mark("tail", text + space() + pick(TAILS));
            case 2 -> mark("stray quote", before + pick(List.of("'", "\"", "''")) + after);
            case 3 -> glue(text);
            case 4 -> mark("trap", random.nextBoolean() ? trap() + " || " + text : text + " || " + trap());
            case 5 -> mark("dollar tag", before + pick(List.of("$a$", "$b$", "$$", "$", "$1")) + after);
            case 6 -> mark("comment", before + pick(List.of("--", "/*", "*/", "-- x\n")) + after);
            case 7 -> text.isEmpty() ? text : mark("deletion", text.substring(0, Math.max(0, at - 1)) + after);
            case 8 -> mark("leading space", pick(List.of("\u3000", "\u2003", "\u00a0", "\u2028")) + text);
            default -> mark("character", before + pick(CHARACTERS) + after);
        };
    }

    /** A prefix glued right before one of the quotes: it may change the string's mode or make a typed literal. */
    private String glue(String text) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\'') quotes.add(i);
        if (quotes.isEmpty()) return mark("glued prefix", pick(GLUE_PREFIXES) + "'" + text);
        int q = pick(quotes);
        return mark("glued prefix", text.substring(0, q) + pick(GLUE_PREFIXES) + text.substring(q));
    }

    private String trap() {
        return pick(TRAPS);
    }

    private String mark(String insertion, String text) {
        used.add("+" + insertion);
        return text;
    }

    private String space() {
        return pick(SPACES);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
