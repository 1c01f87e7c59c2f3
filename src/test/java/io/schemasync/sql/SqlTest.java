package io.schemasync.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlTest {
    @Test
    void quotesEveryIdentifier() {
        assertEquals("\"order\"", Sql.quote("order"));
        assertEquals("\"Weird \"\"Name\"", Sql.quote("Weird \"Name"));
        assertEquals("\"a\"\"; DROP TABLE x; --\"", Sql.quote("a\"; DROP TABLE x; --"));
        assertEquals("\"public\".\"User\"", Sql.qualified("public", "User"));
    }

    @Test
    void literalsDoubleQuotes() {
        assertEquals("'it''s'", Sql.literal("it's"));
        assertEquals("NULL", Sql.literal(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"now()", "price > 0", "'a;b'", "status <> 'cancelled'", "\"weird;col\" IS NOT NULL",
            "(a + b) * 2", "$$x;y$$", "lower(email)", "'it''s'"})
    void acceptsSingleExpressions(String expr) {
        assertEquals(expr, Sql.requireExpression(expr));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1); DROP TABLE users; --", "now(); drop table x", "a -- comment", "a /* c */",
            "(a", "a)", "'unterminated", "1) OR (1", "  "})
    void rejectsAnythingElse(String expr) {
        assertThrows(IllegalArgumentException.class, () -> Sql.requireExpression(expr));
    }

    @Test
    void anExpressionCannotEscapeItsParentheses() {
        // Balanced but trying to close ours and open a new one: the wrapped text stays one parenthesized group.
        assertThrows(IllegalArgumentException.class, () -> Sql.expression("1) OR (1"));
        assertEquals("(price > 0)", Sql.expression("price > 0"));
        assertEquals("(price > (0)::numeric)", Sql.expression("(price > (0)::numeric)"));
        assertEquals("((a) + (b))", Sql.expression("(a) + (b)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E'\\'' = '' ); COMMIT; DROP TABLE public.victim; -- '", "e'\\'' ; select 1 --'",
            "E'unterminated\\'", "x = E'a\\'' ; drop table t; --'"})
    void escapeStringsCannotHideASecondStatement(String expr) {
        assertThrows(IllegalArgumentException.class, () -> Sql.requireExpression(expr));
    }

    @ParameterizedTest
    @ValueSource(strings = {"integer", "character varying(20)", "numeric(12,2)", "timestamp(3) with time zone",
            "timestamp with time zone", "double precision[]", "app.status", "\"Sales\".\"Stage\"", "text[][]",
            "geometry(Point,4326)", "interval day to second(3)", "bit varying(5)", "\"Weird \"\" type\"[]", "vector(3)"})
    void acceptsTypeNames(String type) {
        assertEquals(type, Sql.requireType(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"other.t CHECK (false)", "text NOT NULL", "text DEFAULT 1", "int; drop table x",
            "text REFERENCES users", "other.t(E'\\'') ; DROP TABLE x; --')", "text COLLATE \"C\"", "int -- x", ""})
    void rejectsAnythingButATypeName(String type) {
        assertThrows(IllegalArgumentException.class, () -> Sql.requireType(type));
    }
}
