package io.schemasync.kinds;

import io.schemasync.kinds.Routine.Argument;
import io.schemasync.kinds.Routine.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The YAML key of a function, read as the part of CREATE FUNCTION it is, without a database. */
class SignatureTest {
    @Test
    void identityTypesMapped() {
        assertEquals("matches(app.filter[], app.op)", Signature.mapIdentityTypes("matches(tmp_1.filter[], tmp_1.op)",
                t -> t.replace("tmp_1.", "app.")));
        assertEquals("now()", Signature.mapIdentityTypes("now()", t -> "x"));
    }

    @Test
    void readsModesNamesTypesAndDefaults() {
        Signature.Parsed p = Signature.parse("search(q varchar(100), lim int = 10, VARIADIC tags text[] DEFAULT '{}',"
                + " OUT id bigint, INOUT score double precision)");
        assertEquals("search", p.routine());
        assertEquals(List.of(
                new Argument(Mode.IN, "q", "varchar(100)", null),
                new Argument(Mode.IN, "lim", "int", "10"),
                new Argument(Mode.VARIADIC, "tags", "text[]", "'{}'"),
                new Argument(Mode.OUT, "id", "bigint", null),
                new Argument(Mode.INOUT, "score", "double precision", null)), p.arguments());
        assertEquals("search(character varying, integer, text[], double precision)", p.identity());
    }

    @Test
    void multiWordTypesWithoutANameAreTypes() {
        assertEquals(List.of(new Argument(Mode.IN, null, "double precision", null),
                        new Argument(Mode.IN, null, "timestamp with time zone", null),
                        new Argument(Mode.IN, "t", "time without time zone", null)),
                Signature.parse("f(double precision, timestamp with time zone, t time without time zone)").arguments());
    }

    /** int, integer and int4 are one type; modifiers and the case of unquoted names do not count. */
    @Test
    void theIdentityIsTheNameAndTheInputTypesAsPostgresqlPrintsThem() {
        assertEquals("f(integer, numeric, character, timestamp with time zone, mood, \"Mood\")",
                Signature.parse("F(a int4, b numeric(12,2), c char, d timestamptz(3), OUT e text, m Mood, n \"Mood\")")
                        .identity());
        assertEquals(Signature.parse("f(a int)").identity(), Signature.parse("f(b integer)").identity());
        assertEquals("\"My Func\"", "\"" + Signature.parse("\"My Func\"()").routine() + "\"");
    }

    @Test
    void formatReadsBackAsTheSameArguments() {
        List<Argument> arguments = List.of(new Argument(Mode.IN, "in", "integer", null),
                new Argument(Mode.IN, "Weird Name", "character varying", "'a, b'::character varying"),
                new Argument(Mode.OUT, null, "\"char\"", null), new Argument(Mode.INOUT, "x", "app.mood[]", null));
        String key = Signature.format("Total For", arguments);
        assertEquals("\"Total For\"(\"in\" integer, \"Weird Name\" character varying DEFAULT 'a, b'::character varying,"
                + " OUT \"char\", INOUT x app.mood[])", key);
        Signature.Parsed back = Signature.parse(key);
        assertEquals("Total For", back.routine());
        assertEquals(arguments, back.arguments());
    }

    @Test
    void returnsATypeASetOrATable() {
        assertEquals(new Signature.Returns("numeric(12,2)", false, List.of()), Signature.returns("numeric(12,2)"));
        assertEquals(new Signature.Returns("app.orders", true, List.of()), Signature.returns("SETOF app.orders"));
        assertEquals(new Signature.Returns("record", true, List.of(new Argument(Mode.TABLE, "id", "bigint", null),
                new Argument(Mode.TABLE, "Total", "numeric", null))), Signature.returns("table(id bigint, \"Total\" numeric)"));
    }

    /** Nothing in a key can end the statement it stands in: it is refused, with what is wrong. */
    @ParameterizedTest
    @ValueSource(strings = {"f(a int); DROP TABLE t; --", "f(a int) RETURNS int AS 'x'", "f(a int DEFAULT 1) --)",
            "f(a int DEFAULT (1)) CASCADE", "f a int", "f(a int,, b int)", "f(a int DEFAULT)", "f(a in t e g e r)",
            "f(a int[)", "f(a int DEFAULT $1)", "f(a text DEFAULT 'x)", "f(a int DEFAULT 1; SELECT 2)", "(a int)",
            "f(a victim%ROWTYPE)", "f(a int) /* x */"})
    void refusesWhatIsNotASignature(String key) {
        assertThrows(IllegalArgumentException.class, () -> Signature.parse(key));
        assertFalse(Functions.FUNCTIONS.readable(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"int; DROP TABLE t", "table(x int) STRICT", "setof", "table(x int DEFAULT 1)",
            "table(OUT x int)", "int LANGUAGE sql", "table()"})
    void refusesWhatIsNotAResult(String returns) {
        assertThrows(IllegalArgumentException.class, () -> Signature.returns(returns));
    }

    @Test
    void aKeyThatCannotBeReadIsItsOwnIdentity() {
        assertEquals("f(", Functions.FUNCTIONS.identity("f("));
        assertTrue(Functions.FUNCTIONS.readable("f()"));
    }
}
