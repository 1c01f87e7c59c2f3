package io.schemasync.plan;

import io.schemasync.diff.Differ;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.ColumnOptions;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.model.ViewRead;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL of generated-column changes: SET EXPRESSION where the server has it, a drop and add where it must. */
class GeneratedColumnsTest {
    private static final Column ID = Column.of("id", "bigint", false);

    private static Column generated(String name, String type, String expression, boolean virtual) {
        return new Column(name, type, true, null, null, expression, null, null, null, null,
                new ColumnOptions(null, null, null, virtual));
    }

    private static Database db(List<Column> columns, List<CheckConstraint> checks, List<Index> indexes) {
        Table t = new Table("t", columns, new PrimaryKey("t_pkey", List.of("id")), List.of(), checks, List.of(),
                indexes, null, null);
        return new Database(List.of(new Schema("app", null, List.of(), List.of(), List.of(), List.of(t), List.of())));
    }

    private static final Index TOTAL_IDX = new Index("t_total_idx", false, "btree", List.of(IndexKey.column("total")),
            List.of(), null, false, null, null);
    private static final CheckConstraint TOTAL_CHECK = new CheckConstraint("t_total_check", "(total >= 0)", true);

    private static Plan plan(Database live, Database want, int major, List<ViewRead> reads) {
        Target target = new Target(major, Set.of(), Set.of()).withViewReads(reads);
        return Planner.plan(Differ.diff(live, want), live, target, PlanOptions.safe());
    }

    private static List<String> sql(Plan plan) {
        return plan.steps().stream().flatMap(s -> s.statements().stream()).toList();
    }

    private static Database withTotal(String expression, boolean virtual) {
        return db(List.of(ID, Column.of("n", "integer", false), generated("total", "integer", expression, virtual)),
                List.of(TOTAL_CHECK), List.of(TOTAL_IDX));
    }

    @Test
    void aNewExpressionIsSetInPlaceFrom17() {
        Plan plan = plan(withTotal("n * 2", false), withTotal("n * 3", false), 17, List.of());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ALTER COLUMN \"total\" SET EXPRESSION AS (n * 3)"), sql(plan));
        Step step = plan.steps().getFirst();
        assertTrue(step.hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.REWRITES_TABLE), step.hazards().toString());
        assertFalse(step.refused());
    }

    @Test
    void before17TheColumnIsDroppedAndAddedWithItsIndexAndCheck() {
        Plan plan = plan(withTotal("n * 2", false), withTotal("n * 3", false), 16, List.of());
        assertEquals(List.of(
                "ALTER TABLE \"app\".\"t\" DROP COLUMN \"total\"",
                "ALTER TABLE \"app\".\"t\" ADD COLUMN \"total\" integer GENERATED ALWAYS AS (n * 3) STORED",
                "CREATE INDEX \"t_total_idx\" ON \"app\".\"t\" USING \"btree\" (\"total\")",
                "ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_total_check\" CHECK (total >= 0)"), sql(plan));
        Step step = plan.steps().getFirst();
        assertFalse(step.refused(), "the values are derived: not destructive");
        assertTrue(step.hazards().stream().anyMatch(h -> h.message().contains("moves to the end of the table")));
    }

    @Test
    void aViewReadingTheColumnGoesAroundTheDropAndAddOnlyBefore17() {
        List<ViewRead> reads = List.of(new ViewRead("app", "v", false, "app", "t", "total", false));
        Database live = withTotal("n * 2", false);
        Database want = withTotal("n * 3", false);
        assertEquals(1, plan(live, want, 17, reads).steps().size(), "SET EXPRESSION leaves views alone");
        // The view is not in the YAML: the drop and add would lose it, so the step is refused, naming it.
        Step step = plan(live, want, 16, reads).steps().stream()
                .filter(s -> s.change().target().name().equals("total")).findFirst().orElseThrow();
        assertTrue(step.refused());
        assertTrue(step.hazards().stream().anyMatch(h -> h.message().contains("view app.v reads it")),
                step.hazards().toString());
    }

    @Test
    void storedToVirtualIsADropAndAdd() {
        Plan plan = plan(db(List.of(ID, Column.of("n", "integer", false), generated("total", "integer", "n * 2", false)),
                List.of(), List.of()), db(List.of(ID, Column.of("n", "integer", false),
                generated("total", "integer", "n * 2", true)), List.of(), List.of()), 18, List.of());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" DROP COLUMN \"total\"",
                "ALTER TABLE \"app\".\"t\" ADD COLUMN \"total\" integer GENERATED ALWAYS AS (n * 2) VIRTUAL"),
                sql(plan).stream().filter(s -> s.contains("COLUMN")).toList());
        assertTrue(plan.steps().stream().noneMatch(Step::refused));
    }

    @Test
    void aVirtualColumnOfATableWithChecksIsDroppedAndAddedOn18() {
        List<String> sql = sql(plan(withTotal("n * 2", true), withTotal("n * 3", true), 18, List.of()));
        assertEquals("ALTER TABLE \"app\".\"t\" DROP COLUMN \"total\"", sql.getFirst());
        Database plainLive = db(List.of(ID, Column.of("n", "integer", false), generated("total", "integer", "n * 2", true)),
                List.of(), List.of());
        Database plainWant = db(List.of(ID, Column.of("n", "integer", false), generated("total", "integer", "n * 3", true)),
                List.of(), List.of());
        Plan plan = plan(plainLive, plainWant, 18, List.of());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ALTER COLUMN \"total\" SET EXPRESSION AS (n * 3)"), sql(plan));
        assertTrue(plan.steps().getFirst().hazards().stream().noneMatch(h -> h.kind() == Hazard.Kind.REWRITES_TABLE),
                "a virtual column writes nothing");
    }

    @Test
    void aColumnAGeneratedColumnReadsChangesTypeAroundItsDropAndAdd() {
        Database live = withTotal("n * 2", false);
        Database want = db(List.of(ID, Column.of("n", "bigint", false), generated("total", "integer", "n * 2", false)),
                List.of(TOTAL_CHECK), List.of(TOTAL_IDX));
        for (int major : new int[] {16, 17}) {
            assertEquals(List.of(
                    "ALTER TABLE \"app\".\"t\" DROP COLUMN \"total\"",
                    "ALTER TABLE \"app\".\"t\" ALTER COLUMN \"n\" TYPE bigint USING \"n\"::bigint",
                    "ALTER TABLE \"app\".\"t\" ADD COLUMN \"total\" integer GENERATED ALWAYS AS (n * 2) STORED",
                    "CREATE INDEX \"t_total_idx\" ON \"app\".\"t\" USING \"btree\" (\"total\")",
                    "ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_total_check\" CHECK (total >= 0)"),
                    sql(plan(live, want, major, List.of())), "PostgreSQL " + major);
        }
    }

    @Test
    void aChangeOfTheGeneratedColumnItselfIsFoldedIntoTheReAdd() {
        Database live = withTotal("n * 2", false);
        Database want = db(List.of(ID, Column.of("n", "bigint", false), generated("total", "bigint", "n * 3", false)),
                List.of(TOTAL_CHECK), List.of(TOTAL_IDX));
        Plan plan = plan(live, want, 17, List.of());
        assertEquals(1, plan.steps().size(), plan.steps().toString());
        assertTrue(sql(plan).contains("ALTER TABLE \"app\".\"t\" ADD COLUMN \"total\" bigint GENERATED ALWAYS AS (n * 3) STORED"),
                sql(plan).toString());
    }

    @Test
    void aGeneratedColumnsOwnTypeChangesWithoutUsing() {
        Database live = db(List.of(ID, Column.of("n", "integer", false), generated("total", "integer", "n * 2", false)),
                List.of(), List.of());
        Database want = db(List.of(ID, Column.of("n", "integer", false), generated("total", "bigint", "n * 2", false)),
                List.of(), List.of());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ALTER COLUMN \"total\" TYPE bigint"),
                sql(plan(live, want, 16, List.of())));
    }

    @Test
    void aForeignKeyReferencingTheColumnRefusesTheDropAndAdd() {
        Table child = new Table("child", List.of(ID, Column.of("t_total", "integer", true)),
                new PrimaryKey("child_pkey", List.of("id")), List.of(), List.of(), List.of(new io.schemasync.model.ForeignKey(
                "child_total_fk", List.of("t_total"), "app", "t", List.of("total"), io.schemasync.model.FkAction.NO_ACTION,
                io.schemasync.model.FkAction.NO_ACTION, false, io.schemasync.model.Deferral.NOT_DEFERRABLE, true)),
                List.of(), null, null);
        Database live = withChild(withTotal("n * 2", false), child);
        Database want = withChild(withTotal("n * 3", false), child);
        Step step = plan(live, want, 16, List.of()).steps().getFirst();
        assertTrue(step.refused());
        assertTrue(step.hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.UNSUPPORTED
                && h.message().startsWith("foreign key app.child.child_total_fk references generated column total")),
                step.hazards().toString());
        assertFalse(plan(live, want, 17, List.of()).steps().getFirst().refused(), "SET EXPRESSION keeps the column");
    }

    private static Database withChild(Database db, Table child) {
        Schema s = db.schemas().getFirst();
        List<Table> tables = new java.util.ArrayList<>(s.tables());
        tables.add(child);
        return new Database(List.of(new Schema("app", null, List.of(), List.of(), List.of(), tables, List.of())));
    }

    @Test
    void aPlainColumnDoesNotBecomeGenerated() {
        Database live = db(List.of(ID, Column.of("n", "integer", false), Column.of("total", "integer", true)),
                List.of(), List.of());
        Database want = db(List.of(ID, Column.of("n", "integer", false), generated("total", "integer", "n * 3", false)),
                List.of(), List.of());
        Plan plan = plan(live, want, 17, List.of());
        assertTrue(plan.steps().stream().anyMatch(Step::refused));
    }
}
