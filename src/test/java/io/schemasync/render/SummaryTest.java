package io.schemasync.render;

import io.schemasync.model.ObjectRef;
import io.schemasync.plan.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryTest {
    @Test
    void partlyRefusedDropsSayHowManyOfThem() {
        Plan plan = Fixtures.of(Fixtures.dropLegacyFlag(false), Fixtures.dropLegacyFlag(true),
                Fixtures.dropLegacyFlag(false));
        assertEquals("Plan: 3 to drop (1 refused)", Summary.of(plan).line());
    }

    @Test
    void leavesOutActionsWithoutSteps() {
        assertEquals("Plan: 1 to alter · 2 warnings", Summary.of(Fixtures.of(Fixtures.narrowName())).line());
    }

    @Test
    void countsUnmanagedObjects() {
        Plan plan = new Plan(List.of(Fixtures.createOrders()), List.of(),
                List.of(ObjectRef.of(ObjectRef.Kind.VIEW, "public", "a"),
                        ObjectRef.of(ObjectRef.Kind.FUNCTION, "public", "f")));
        assertEquals("Plan: 1 to create · 2 unmanaged", Summary.of(plan).line());
    }

    @Test
    void anEmptyPlanCountsWhatIsInSync() {
        assertEquals("In sync: nothing to do (1 object in sync)",
                Summary.of(new Plan(List.of(), List.of(Fixtures.table("a")), List.of())).line());
        assertEquals("In sync: nothing to do", Summary.of(Fixtures.of()).line());
        assertEquals("In sync: nothing to do (1 object in sync) · 1 unmanaged",
                Summary.of(new Plan(List.of(), List.of(Fixtures.table("a")), List.of(Fixtures.table("b")))).line());
    }
}
