package io.schemasync.plan;

import io.schemasync.diff.Differ;
import io.schemasync.kinds.Views;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.model.ViewRead;
import io.schemasync.kinds.Routine;
import io.schemasync.model.ObjectRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views that stand in the way of a change are dropped before it and created again after it (pure: no database). */
class DependentsTest {
    private static final Column ID = Column.of("id", "bigint", false);

    private static Table table(String name, Column... columns) {
        return new Table(name, List.of(columns), new PrimaryKey(name + "_pkey", List.of("id")), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }

    private static Views.View view(String name, String query, List<String> columns, List<String> types) {
        return new Views.View(name, query, columns, types, null, false, false, null);
    }

    private static Database db(List<SchemaObject> objects, Table... tables) {
        return new Database(List.of(new Schema("app", null, List.of(), List.of(), List.of(), List.of(tables), objects)));
    }

    private static ViewRead reads(String view, String relation, String column) {
        return new ViewRead("app", view, false, "app", relation, column, false);
    }

    /** A function with a SQL-standard body, as pg_depend records what it reads (the reader's name has its types). */
    private static Routine standardBody(String body) {
        return new Routine(false, "total_of(bigint)", "total_of", List.of(new Routine.Argument(Routine.Mode.IN, "o",
                "bigint", null)), "integer", false, "sql", body, "stable", false, false, "unsafe", false, "100", "0",
                Map.of(), null, null, List.of());
    }

    private static ViewRead routineReads(String relation, String column) {
        return new ViewRead("app", "total_of(bigint)", false, "app", relation, column, false, ObjectRef.Kind.FUNCTION);
    }

    private static Plan plan(Database live, Database want, List<ViewRead> reads) {
        Target target = new Target(17, Set.of(), Set.of()).withViewReads(reads);
        return Planner.plan(Differ.diff(live, want), live, target, new PlanOptions(false));
    }

    private static List<String> order(Plan plan) {
        return plan.steps().stream().map(s -> s.change().getClass().getSimpleName() + " " + s.change().target()).toList();
    }

    @Test
    void aChainOfViewsGoesAroundATypeChangeLastReaderFirst() {
        Views.View low = view("b_low", "SELECT id, v FROM t", List.of("id", "v"), List.of("bigint", "integer"));
        Views.View top = view("a_top", "SELECT id FROM b_low", List.of("id"), List.of("bigint"));
        Database live = db(List.of(low, top), table("t", ID, Column.of("v", "integer", false)));
        Views.View lowAfter = view("b_low", "SELECT id, v FROM t", List.of("id", "v"), List.of("bigint", "bigint"));
        Database want = db(List.of(lowAfter, top), table("t", ID, Column.of("v", "bigint", false)));
        Plan plan = plan(live, want, List.of(reads("b_low", "t", "v"), reads("b_low", "t", "id"),
                reads("a_top", "b_low", "id")));
        assertEquals(List.of("DetachDependent view app.a_top", "DetachDependent view app.b_low",
                "AlterColumn column app.t.v", "ReattachDependent view app.b_low",
                "ReattachDependent view app.a_top"), order(plan));
        Step change = plan.steps().get(2);
        assertEquals(List.of("view app.a_top", "view app.b_low"), change.recreates());
        assertTrue(plan.steps().stream().noneMatch(Step::refused), plan.steps().toString());
        assertTrue(plan.steps().get(3).summary().contains("in its new form"), plan.steps().get(3).summary());
    }

    @Test
    void aViewTheYamlDoesNotManageRefusesTheChangeByName() {
        Views.View other = view("report", "SELECT sum(v) AS s FROM app.t", List.of("s"), List.of("bigint"));
        Database live = db(List.of(other), table("t", ID, Column.of("v", "integer", false)));
        Database want = db(List.of(), table("t", ID, Column.of("v", "bigint", false)));
        Plan plan = plan(live, want, List.of(reads("report", "t", "v")));
        Step change = plan.steps().getFirst();
        assertTrue(change.refused());
        assertTrue(change.hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.UNSUPPORTED
                && h.message().startsWith("view app.report reads it and is not in the YAML")), change.hazards().toString());
        assertEquals(1, plan.steps().size(), order(plan).toString());
    }

    @Test
    void aRenamedColumnNeedsNoViewDropped() {
        Views.View v = view("v", "SELECT nm FROM t", List.of("nm"), List.of("text"));
        Database live = db(List.of(v), table("t", ID, Column.of("nm", "text", true)));
        Column renamed = new Column("name", "text", true, null, null, null, null, null, "nm");
        Database want = db(List.of(view("v", "SELECT name AS nm FROM t", List.of("nm"), List.of("text"))),
                table("t", ID, renamed));
        Plan plan = plan(live, want, List.of(reads("v", "t", "nm")));
        assertTrue(order(plan).stream().noneMatch(s -> s.contains("Dependent")), order(plan).toString());
    }

    @Test
    void withoutWhatTheLiveViewsReadNothingIsAdded() {
        Views.View v = view("v", "SELECT v FROM t", List.of("v"), List.of("integer"));
        Database live = db(List.of(v), table("t", ID, Column.of("v", "integer", false)));
        Database want = db(List.of(v), table("t", ID, Column.of("v", "bigint", false)));
        Plan plan = plan(live, want, List.of());
        assertEquals(List.of("AlterColumn column app.t.v"), order(plan));
    }

    @Test
    void aStandardBodyReadingADroppedColumnIsDroppedAndCreatedAgainAroundIt() {
        Routine before = standardBody("RETURN (SELECT legacy FROM app.t WHERE id = o)");
        Routine after = standardBody("RETURN (SELECT v FROM app.t WHERE id = o)");
        Database live = db(List.of(before), table("t", ID, Column.of("v", "integer", false),
                Column.of("legacy", "integer", true)));
        Database want = db(List.of(after), table("t", ID, Column.of("v", "integer", false)));
        Target target = new Target(17, Set.of(), Set.of()).withViewReads(List.of(routineReads("t", "legacy"),
                routineReads("t", null)));
        Plan plan = Planner.plan(Differ.diff(live, want), live, target, new PlanOptions(true));
        assertEquals(List.of("DetachDependent function app.total_of(bigint)", "DropColumn column app.t.legacy",
                "ReattachDependent function app.total_of(bigint)"), order(plan));
        assertEquals(List.of("function app.total_of(bigint)"), plan.steps().get(1).recreates());
        assertTrue(plan.steps().get(2).summary().contains("in its new form"), plan.steps().get(2).summary());
    }

    @Test
    void aStandardBodyTheYamlDoesNotDefineRefusesTheDropByName() {
        Routine other = standardBody("RETURN (SELECT legacy FROM app.t WHERE id = o)");
        Database live = db(List.of(other), table("t", ID, Column.of("legacy", "integer", true)));
        Database want = db(List.of(), table("t", ID));
        Target target = new Target(17, Set.of(), Set.of()).withViewReads(List.of(routineReads("t", "legacy")));
        Plan plan = Planner.plan(Differ.diff(live, want), live, target, new PlanOptions(true));
        Step drop = plan.steps().stream().filter(s -> s.change() instanceof io.schemasync.diff.Change.DropColumn)
                .findFirst().orElseThrow();
        assertTrue(drop.refused(), order(plan).toString());
        assertTrue(drop.hazards().stream().anyMatch(h -> h.message().startsWith("function app.total_of(bigint) reads"
                + " it and is not in the YAML")), drop.hazards().toString());
    }
}
