package io.schemasync.render;

import io.schemasync.plan.Hazard;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Advice per reason a step is refused: the flag only for what the flag allows. */
class RefusalsTest {
    private static final String FLAG = "run apply with --allow-destructive";

    /** A narrowing cast (destructive) that fails on a row stays refused with the flag: fix the rows. */
    private static Step narrowingThatFailsOnARow() {
        Step s = Fixtures.narrowName();
        return new Step(s.change(), s.action(), s.summary(), s.statements(), s.script(), s.phase(),
                List.of(new Hazard(Hazard.Kind.DESTRUCTIVE, "narrowing type change may lose or reject data")),
                List.of(Preflight.cast("SELECT ...", "values of name cannot all be converted: {error}")
                        .withError("22001", "value too long for type character varying(200)")), true);
    }

    @Test
    void aStepThatFailsOnTheRowsIsNotSentToTheFlag() {
        assertEquals(Refusals.Why.FAILS_ON_DATA, Refusals.why(narrowingThatFailsOnARow()));
        assertEquals(List.of("1 change would fail on the rows in the database (see ⚠): fix those rows first, then"
                + " plan again."), Refusals.advice(Fixtures.of(narrowingThatFailsOnARow()), FLAG));
    }

    @Test
    void eachReasonHasItsOwnAdvice() {
        Plan plan = Fixtures.of(Fixtures.dropLegacyFlag(true), Fixtures.removeEnumValue(), narrowingThatFailsOnARow());
        assertEquals(List.of("1 change is not something PostgreSQL can do in place; the plan says how to do it"
                        + " instead (see ✗).",
                "1 change would fail on the rows in the database (see ⚠): fix those rows first, then plan again.",
                "The plan drops or narrows objects; review it, then run apply with --allow-destructive."),
                Refusals.advice(plan, FLAG));
        assertEquals(List.of(), Refusals.advice(Fixtures.of(Fixtures.dropLegacyFlag(false)), FLAG));
    }
}
