package io.schemasync.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fragment checks, on the readings where a naive scanner and PostgreSQL's disagree. */
class SqlTextTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "now()", "price > 0", "'it''s'", "E'it\\'s'", "$$a;b$$", "$a$ ; $a$", "$_x1$ ; $_x1$",
            "lower(email)", "\"a;b\" IS NOT NULL", "status <> 'cancelled'", "data ? 'key'", "x::numeric(12,2)",
            "U&'d\\0061t\\+000061'", "U&'d!0061t' UESCAPE '!'", "B'1010'", "X'1F'", "N'abc'", "1.5e3 + .5",
            "'a'\n'b;c'", "E'a'\n'\\';'", "a[1:2]", "ARRAY[1, 2]", "€e'x;'", "\"€\" || 'é'",
            "/**/ 1", "1 /* a /* b */ ; */ + 2", "COMMIT"
    })
    void accepts(String text) {
        if (text.contains("/*")) {
            assertThrows(RefusedSqlException.class, () -> SqlText.requireExpression(text));
            assertEquals(Lexer.Kind.COMMENT, Lexer.tokens(text).stream().filter(t -> t.kind() == Lexer.Kind.COMMENT)
                    .findFirst().orElseThrow().kind());
            return;
        }
        assertEquals(text.strip(), SqlText.requireExpression(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // an identifier may hold $: PostgreSQL sees no dollar quote here, so the ; is bare
            "_$a$ ; DROP TABLE t; SELECT $a$",
            "x$a$) ; DROP TABLE t; SELECT ($a$",
            // E only starts an escape string as a whole token; after € it is part of an identifier
            "€e'\\' ; DROP TABLE t; --'",
            "ae'\\' ; DROP TABLE t; SELECT '",
            // bit and hex strings have no doubled quotes
            "X'' ; DROP TABLE t; SELECT ''",
            "B'' ; DROP TABLE t; SELECT ''",
            // a continued escape string keeps escaping
            "E'a'\n'\\'' ; DROP TABLE t; SELECT '",
            // standard strings do not escape
            "'\\' ; DROP TABLE t; SELECT '",
            "1; DROP TABLE t", "1) ; (2", "(1", "1)", "a[1", "1 -- x", "1 /* x */",
            "/* /* */ ; */", "'unterminated", "\"unterminated", "$a$ unterminated", "$1", "$ 1", "$abc",
            "1e'\\' ; x'", "0x1F", "1_000", "1.e5x", "{fn now()}", "a \\ b", "a\u000bb", "a\u0000b", "\"\"",
            "$€$ x $€$", "\ud800", "1 -- ;\n"
    })
    void refuses(String text) {
        assertThrows(RefusedSqlException.class, () -> SqlText.requireExpression(text));
    }

    @Test
    void tricksFromTheIssueAreReadAsPostgreSQLDoes() {
        assertKinds("_$a$ ; x", List.of(Lexer.Kind.WORD, Lexer.Kind.SPACE, Lexer.Kind.SEMICOLON, Lexer.Kind.SPACE,
                Lexer.Kind.WORD));
        assertKinds("€e'a'", List.of(Lexer.Kind.WORD, Lexer.Kind.STRING));
        assertKinds("e'a'", List.of(Lexer.Kind.STRING));
        assertKinds("X'''a'", List.of(Lexer.Kind.STRING, Lexer.Kind.STRING));
        assertKinds("'a'\n  'b'", List.of(Lexer.Kind.STRING));
        assertKinds("'a' 'b'", List.of(Lexer.Kind.STRING, Lexer.Kind.SPACE, Lexer.Kind.STRING));
        assertKinds("'a'\n/* c */\n'b'", List.of(Lexer.Kind.STRING, Lexer.Kind.SPACE, Lexer.Kind.COMMENT,
                Lexer.Kind.SPACE, Lexer.Kind.STRING));
        assertKinds("a*/*x*/b", List.of(Lexer.Kind.WORD, Lexer.Kind.OPERATOR, Lexer.Kind.COMMENT, Lexer.Kind.WORD));
    }

    /**
     * String.strip() would also remove U+3000, which PostgreSQL reads as a letter of a name: it would turn the name
     * U+3000 e followed by the string '\' into the escape string e'\' || ', leaving ';' and "--" bare.
     */
    @Test
    void trimsOnlyWhatPostgreSQLCallsWhitespace() {
        String text = "\u3000e'\\' || '; SELECT 1 --' || 'x'";
        assertEquals(text, SqlText.requireExpression(text));
        assertEquals(text, SqlText.requireExpression(" \t\r\n\f" + text + "\n "));
        assertEquals("\u2003$1x\u2028", SqlText.requireExpression("\u2003$1x\u2028"));
        assertThrows(RefusedSqlException.class, () -> SqlText.requireExpression(text.substring(1)));
        assertThrows(RefusedSqlException.class, () -> SqlText.requireExpression(" \n\t"));
    }

    @Test
    void refusalsSayWhere() {
        var e = assertThrows(RefusedSqlException.class, () -> SqlText.requireExpression("_$a$ ; DROP TABLE t"));
        assertEquals(5, e.offset());
        assertTrue(e.getMessage().contains("contains ';'"), e.getMessage());
        assertTrue(e.getMessage().contains("at character 6"), e.getMessage());
    }

    @Test
    void declaredTypesOfAPlpgsqlBody() {
        String body = """
                <<outer>>
                DECLARE
                  f app.filter;
                  total CONSTANT numeric := 0;
                  subs "App".orders[] = array_agg(o) from app.orders o;
                  wanted app.orders.id%TYPE := 1;
                  whole orders%ROWTYPE;
                  c CURSOR FOR SELECT * FROM app.ignored;
                  a ALIAS FOR $1;
                BEGIN
                  DECLARE inner_v app.mood; BEGIN NULL; END;
                  RETURN 'declare x app.not_a_type;';
                END""";
        assertEquals(List.of(List.of("app", "filter"), List.of("numeric"), List.of("App", "orders"),
                List.of("app", "orders"), List.of("orders"), List.of("app", "mood")), SqlText.declaredTypes(body));
        assertEquals(List.of(), SqlText.declaredTypes("BEGIN RETURN 1; END"));
    }

    @Test
    void wrapped() {
        assertTrue(SqlText.isWrapped("(a + b)"));
        assertTrue(SqlText.isWrapped("((a) + (b))"));
        assertFalse(SqlText.isWrapped("(a) + (b)"));
        assertFalse(SqlText.isWrapped("(a ')' b"));
        assertFalse(SqlText.isWrapped("a"));
    }

    private static void assertKinds(String text, List<Lexer.Kind> kinds) {
        assertEquals(kinds, Lexer.tokens(text).stream().map(Lexer.Token::kind).toList(), text);
    }
}
