package io.schemasync.plan;

import io.schemasync.diff.Differ;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.plan.PlannerTest.ID;
import static io.schemasync.plan.PlannerTest.db;
import static io.schemasync.plan.PlannerTest.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADD COLUMN on a table that has rows: what the server is asked before it runs. */
class ColumnStepsTest {
    private static Step add(Database live, Column column) {
        Database want = db(List.of(), table("t", List.of(ID, column), List.of()));
        return Planner.plan(Differ.diff(live, want), PlanOptions.safe()).steps().stream()
                .filter(s -> s.change().target().name().equals(column.name())).findFirst().orElseThrow();
    }

    /** Whether a default is volatile is the server's to say: the step carries the question, and the row count. */
    @Test
    void aDefaultOnATableThatExistsIsAskedWhetherItIsVolatile() {
        Step step = add(db(List.of(), table("t", List.of(ID), List.of())),
                Column.of("token", "uuid", true).withDefault("gen_random_uuid()"));
        Preflight p = step.preflights().getFirst();
        assertEquals("(gen_random_uuid())", p.volatileIf());
        assertTrue(p.countSql().contains("reltuples"), p.countSql());
        Preflight found = p.withCount(3).withFunctions(List.of("function gen_random_uuid()"));
        assertTrue(found.found());
        assertFalse(found.failed(), "a rewrite is a warning, never a refusal");
        assertTrue(found.message().startsWith("rewrites t under an ACCESS EXCLUSIVE lock (about 3 rows): the default"
                + " calls volatile function gen_random_uuid()"), found.message());
    }

    @Test
    void aNewTableOrAColumnWithoutDefaultAsksNothing() {
        Database want = db(List.of(), table("t", List.of(ID, Column.of("token", "uuid", true)
                .withDefault("gen_random_uuid()")), List.of()));
        assertTrue(Planner.plan(Differ.diff(Database.empty(), want), PlanOptions.safe()).steps().stream()
                .allMatch(s -> s.preflights().isEmpty()));
        Step plain = add(db(List.of(), table("t", List.of(ID), List.of())), Column.of("note", "text", true));
        assertTrue(plain.preflights().stream().allMatch(p -> p.volatileIf() == null));
    }
}
