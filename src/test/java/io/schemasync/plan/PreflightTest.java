package io.schemasync.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed cast check goes into the plan, which CI posts on pull requests: what failed, never the stored value. */
class PreflightTest {
    private static final String SECRET = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

    private static Preflight castCheck() {
        return Preflight.cast("SELECT ...", "values of token cannot all be converted to integer: {error}");
    }

    @Test
    void aFailedCastCheckKeepsTheMeaningAndDropsTheValue() {
        Preflight p = castCheck().withError("22P02", "invalid input syntax for type integer: \"" + SECRET + "\"");
        assertTrue(p.failed());
        assertEquals("values of token cannot all be converted to integer: invalid input syntax for type integer"
                + " (SQLSTATE 22P02)", p.message());
    }

    @Test
    void detailAndContextLinesAreDropped() {
        Preflight p = castCheck().withError("22P02", "invalid input syntax for type json\n  Detail: Token \"" + SECRET
                + "\" is invalid.\n  Where: JSON data, line 1: " + SECRET);
        assertFalse(p.message().contains(SECRET), p.message());
        assertTrue(p.message().endsWith("invalid input syntax for type json (SQLSTATE 22P02)"), p.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid input syntax for type integer: \"sk_live_abc\"|invalid input syntax for type integer",
            "value \"99999999999\" is out of range for type integer|value is out of range for type integer",
            "invalid input value for enum order_status: \"lost in transit\"|invalid input value for enum order_status",
            "date/time field value out of range: \"2024-13-45\"|date/time field value out of range",
            // PostgreSQL does not escape a quote inside the value: all of it goes, up to the last quote
            "invalid input syntax for type integer: \"a\"b\"c\"|invalid input syntax for type integer",
            // a value with a line break: the first line ends inside it, with one quote
            "invalid input syntax for type uuid: \"sk_live|invalid input syntax for type uuid",
            "value too long for type character varying(3)|value too long for type character varying(3)",
    })
    void storedValuesAreStripped(String message, String expected) {
        assertEquals(expected, Preflight.withoutValues(message));
        assertFalse(Preflight.withoutValues(message).contains("sk_live"));
    }

    /**
     * An ordinary check that raises an error is not a finding (nothing is refused, nothing shown), but it is known to
     * have raised: an error while reading the rows keeps a new constraint out of the online form; one about a name
     * that an earlier step makes does not. A rows count or a warning never does.
     */
    @Test
    void anErrorOfAnOrdinaryCheckLeavesItUncheckedButKnownToHaveRaised() {
        Preflight p = Preflight.check("SELECT ...", "{n} rows violate check c");
        Preflight raised = p.withError("22012", "division by zero");
        assertNull(raised.count());
        assertNull(raised.notChecked());
        assertFalse(raised.failed() || raised.found());
        assertEquals("22012", raised.raised());
        assertTrue(raised.failsOrRaised());
        assertTrue(p.withError("25006", "cannot execute INSERT in a read-only transaction").failsOrRaised());
        assertTrue(p.withError(null, "connection reset").failsOrRaised());
        assertFalse(p.withError("42P01", "relation \"later\" does not exist").failsOrRaised(),
                "what an earlier step makes says nothing of the rows");
        assertFalse(p.withError("42703", "column \"added\" does not exist").failsOrRaised());
        assertFalse(p.withError("3F000", "schema \"later\" does not exist").failsOrRaised());
        assertFalse(p.failsOrRaised());
        assertTrue(p.withCount(3).failsOrRaised());
        assertFalse(p.withCount(0).failsOrRaised());
        assertFalse(Preflight.rows("SELECT ...", "drops {n} rows").withError("42P01", "x").failsOrRaised());
    }

    /** Rows a NOT VALID constraint lets stay: told as a warning with their count, never a refusal, whatever it finds. */
    @Test
    void aWarningIsToldAndNeverRefuses() {
        Preflight p = Preflight.warning("SELECT ...", "{n} rows of public.t break check c; VALIDATE CONSTRAINT would"
                + " fail until they are fixed");
        Preflight found = p.withCount(12);
        assertTrue(found.found());
        assertFalse(found.failed());
        assertFalse(found.failsOrRaised());
        assertEquals("12 rows of public.t break check c; VALIDATE CONSTRAINT would fail until they are fixed",
                found.message());
        assertEquals("1 row of public.t breaks check c; VALIDATE CONSTRAINT would fail until they are fixed",
                p.withCount(1).message());
        assertFalse(p.withCount(0).found());
        assertFalse(p.withError("22012", "division by zero").failsOrRaised());
        assertEquals(Preflight.Kind.WARNING, p.withError("22012", "division by zero").kind());
    }

    @Test
    void onlyAWhenVolatileCheckHasAnExpressionToAsk() {
        assertEquals(Preflight.Kind.WHEN_VOLATILE, Preflight.whenVolatile("now()", "SELECT 1", "{n}").kind());
        assertThrows(IllegalArgumentException.class, () -> new Preflight(Preflight.Kind.WARNING, "SELECT 1", "{n}",
                null, null, "random()", null));
        assertThrows(IllegalArgumentException.class, () -> new Preflight(Preflight.Kind.WHEN_VOLATILE, "SELECT 1",
                "{n}", null, null, null, null));
    }

    @Test
    void onlyChecksAndCastsRefuse() {
        assertTrue(Preflight.check("SELECT 1", "{n} rows").withCount(1).failed());
        assertTrue(Preflight.cast("SELECT 1", "{error}").withError("22P02", "bad").failed());
        assertFalse(Preflight.warning("SELECT 1", "{n} rows").withCount(1).failed());
        assertFalse(Preflight.rows("SELECT 1", "drops {n} rows").withCount(1).failed());
        assertFalse(Preflight.whenVolatile("random()", "SELECT 1", "{n} rows").withCount(1).failed());
    }
}
