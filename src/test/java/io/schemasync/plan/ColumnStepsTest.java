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

    /** Mastodon's ids_to_bigints widened three columns of follows: one ALTER TABLE, one rewrite, not three. */
    @Test
    void typeChangesOfOneTableRewriteItOnce() {
        Column a = Column.of("a", "integer", false).withDefault("0");
        Column b = Column.of("b", "integer", false);
        Column keep = Column.of("c", "text", true);
        Database live = db(List.of(), table("t", List.of(ID, a, keep, b), List.of()));
        Database want = db(List.of(), table("t", List.of(ID, a.withType("bigint"), keep, b.withType("bigint")), List.of()));
        List<Step> steps = Planner.plan(Differ.diff(live, want), PlanOptions.safe()).steps();
        assertEquals(2, steps.size());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ALTER COLUMN \"a\" DROP DEFAULT",
                "ALTER TABLE \"app\".\"t\" ALTER COLUMN \"a\" TYPE bigint USING \"a\"::bigint, ALTER COLUMN \"b\" TYPE bigint"
                        + " USING \"b\"::bigint",
                "ALTER TABLE \"app\".\"t\" ALTER COLUMN \"a\" SET DEFAULT (0)"), steps.get(0).statements());
        assertEquals(List.of(), steps.get(1).statements(), "b's type is set with a's");
        assertTrue(steps.get(0).hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.REWRITES_TABLE));
        assertFalse(steps.get(1).hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.REWRITES_TABLE));
        assertTrue(steps.get(0).script().get(1).contains(") OR ("), "the script replays it while either type differs");
    }

    private static final List<io.schemasync.model.ForeignKey> CHILD_FK = List.of(new io.schemasync.model.ForeignKey(
            "child_parent_fk", List.of("parent_id"), "app", "parent", List.of("id"), null, null, false, null));

    /** The plan that gives parent.id the type {@code to} while child references it. */
    private static List<Step> retypeReferenced(String from, String to, Target target) {
        Column id = Column.of("id", from, false);
        Column ref = Column.of("parent_id", from, true);
        Database live = db(List.of(), table("parent", List.of(id), List.of()),
                table("child", List.of(ID, ref), CHILD_FK));
        Database want = db(List.of(), table("parent", List.of(id.withType(to)), List.of()),
                table("child", List.of(ID, ref), CHILD_FK));
        return Planner.plan(Differ.diff(live, want), live, target, new PlanOptions(true)).steps();
    }

    private static String summaries(List<Step> steps) {
        return String.join("\n", steps.stream()
                .map(s -> s.change().target() + ": " + s.summary() + " " + s.phase()).toList());
    }

    /**
     * Mastodon's accounts.id: a new type makes PostgreSQL check the foreign keys that reference it again, under the
     * locks of the ALTER TABLE. On a table with rows the foreign key is dropped first, added again NOT VALID after
     * the type change, and validated after the commit.
     */
    @Test
    void aWidenedReferencedColumnHasItsForeignKeysValidatedAfterTheCommit() {
        List<Step> steps = retypeReferenced("integer", "bigint", Target.unknown());
        assertEquals("""
                constraint app.child.child_parent_fk: drop for a moment, around the change of column app.parent.id TRANSACTION
                column app.parent.id: integer → bigint TRANSACTION
                constraint app.child.child_parent_fk: add again after the change of column app.parent.id, NOT VALID TRANSACTION
                constraint app.child.child_parent_fk: validate AFTER_COMMIT""", summaries(steps));
        assertTrue(steps.get(2).statements().getFirst().endsWith("NOT VALID"), steps.get(2).statements().toString());
        assertFalse(steps.get(1).hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.LOCKS_TABLE),
                steps.get(1).hazards().toString());
    }

    /** An empty referencing table is checked in no time: the simple form, which names the foreign key. */
    @Test
    void anEmptyReferencingTableKeepsTheCheckInTheTransaction() {
        Target empty = new Target(0, java.util.Set.of(io.schemasync.model.ObjectRef.of(
                io.schemasync.model.ObjectRef.Kind.TABLE, "app", "child")));
        List<Step> steps = retypeReferenced("integer", "bigint", empty);
        assertEquals(1, steps.size(), summaries(steps));
        assertTrue(steps.getFirst().hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.LOCKS_TABLE
                && h.message().contains("(child_parent_fk of app.child)")), steps.getFirst().hazards().toString());
    }

    /**
     * A narrowing may change the values it converts, so the check stays in the ALTER TABLE, where a failure rolls
     * everything back; a new length of the same type is not checked again at all.
     */
    @Test
    void aNarrowingOrANewLengthKeepsTheSimpleForm() {
        List<Step> narrowing = retypeReferenced("bigint", "integer", Target.unknown());
        assertEquals(1, narrowing.size(), summaries(narrowing));
        assertTrue(narrowing.getFirst().hazards().stream()
                .anyMatch(h -> h.message().contains("(child_parent_fk of app.child)")));
        List<Step> longer = retypeReferenced("character(3)", "character(5)", Target.unknown());
        assertEquals(1, longer.size(), summaries(longer));
        assertFalse(longer.getFirst().hazards().stream().anyMatch(h -> h.message().contains("child_parent_fk")));
    }
}
