package io.schemasync.plan;

import io.schemasync.diff.Differ;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerTest {
    static Table table(String name, List<Column> columns, List<ForeignKey> fks) {
        return new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), List.of(), List.of(), fks,
                List.of(), null, null);
    }

    static Database db(List<EnumType> enums, Table... tables) {
        return new Database(List.of(new Schema("app", null, List.of(), enums, List.of(), List.of(tables), List.of())));
    }

    static final Column ID = Column.of("id", "bigint", false);

    @Test
    void createsTypesThenTablesThenForeignKeys() {
        Table child = table("child", List.of(ID, Column.of("parent_id", "bigint", true), Column.of("s", "mood", true)),
                List.of(new ForeignKey("child_parent_fk", List.of("parent_id"), "app", "parent", List.of("id"),
                        null, null, false, null)));
        Table parent = table("parent", List.of(ID), List.of());
        Database want = db(List.of(new EnumType("mood", List.of("ok"), null)), child, parent);
        Plan plan = Planner.plan(Differ.diff(Database.empty(), want), PlanOptions.safe());
        List<String> sql = plan.steps().stream().flatMap(s -> s.statements().stream()).toList();
        assertEquals("CREATE SCHEMA \"app\"", sql.get(0));
        assertTrue(sql.get(1).startsWith("CREATE TYPE \"app\".\"mood\" AS ENUM ('ok')"));
        assertTrue(sql.get(2).startsWith("CREATE TABLE \"app\".\"child\""));
        assertTrue(sql.get(3).startsWith("CREATE TABLE \"app\".\"parent\""));
        assertEquals("ALTER TABLE \"app\".\"child\" ADD CONSTRAINT \"child_parent_fk\" FOREIGN KEY (\"parent_id\")"
                + " REFERENCES \"app\".\"parent\" (\"id\")", sql.get(4));
        assertFalse(plan.hasRefusals());
    }

    @Test
    void dropsAreRefusedWithoutPermission() {
        Database live = db(List.of(), table("t", List.of(ID, Column.of("old", "text", true)), List.of()));
        Database want = db(List.of(), table("t", List.of(ID), List.of()));
        Plan refused = Planner.plan(Differ.diff(live, want), PlanOptions.safe());
        assertTrue(refused.hasRefusals());
        assertEquals("ALTER TABLE \"app\".\"t\" DROP COLUMN \"old\"", refused.steps().get(0).statements().get(0));
        assertFalse(Planner.plan(Differ.diff(live, want), new PlanOptions(true)).hasRefusals());
    }

    @Test
    void setNotNullCountsNullsFirst() {
        Database live = db(List.of(), table("t", List.of(ID, Column.of("email", "text", true)), List.of()));
        Database want = db(List.of(), table("t", List.of(ID, Column.of("email", "text", false)), List.of()));
        Target empty = new Target(17, java.util.Set.of(io.schemasync.model.ObjectRef.of(
                io.schemasync.model.ObjectRef.Kind.TABLE, "app", "t")));
        Step step = Planner.plan(Differ.diff(live, want), live, empty, PlanOptions.safe()).steps().get(0);
        assertEquals("set not null", step.summary());
        assertEquals("SELECT count(*) FROM \"app\".\"t\" WHERE \"email\" IS NULL", step.preflights().get(0).countSql());
        assertTrue(step.hazards().isEmpty(), "an empty table is not scanned: " + step.hazards());
    }

    @Test
    void removingAnEnumValueMakesTheTypeAgainInTheTransaction() {
        Database live = db(List.of(new EnumType("mood", List.of("ok", "meh"), null)));
        Database want = db(List.of(new EnumType("mood", List.of("ok"), null)));
        Step step = Planner.plan(Differ.diff(live, want), new PlanOptions(true)).steps().get(0);
        assertFalse(step.refused());
        assertEquals(List.of("ALTER TYPE \"app\".\"mood\" RENAME TO \"schemasync_old_mood\"",
                "CREATE TYPE \"app\".\"mood\" AS ENUM ('ok')", "DROP TYPE \"app\".\"schemasync_old_mood\""),
                step.statements());
    }

    @Test
    void enumValuesAreInsertedInPlace() {
        Database live = db(List.of(new EnumType("mood", List.of("ok", "bad"), null)));
        Database want = db(List.of(new EnumType("mood", List.of("great", "ok", "meh", "bad", "awful"), null)));
        List<String> sql = Planner.plan(Differ.diff(live, want), PlanOptions.safe()).steps().stream()
                .flatMap(s -> s.statements().stream()).toList();
        assertEquals(List.of("ALTER TYPE \"app\".\"mood\" ADD VALUE 'great' BEFORE 'ok'",
                "ALTER TYPE \"app\".\"mood\" ADD VALUE 'meh' BEFORE 'bad'",
                "ALTER TYPE \"app\".\"mood\" ADD VALUE 'awful' AFTER 'bad'"), sql);
    }

    @Test
    void checkOnExistingTableCountsViolations() {
        Database live = db(List.of(), table("t", List.of(ID, Column.of("n", "integer", true)), List.of()));
        Table t = new Table("t", List.of(ID, Column.of("n", "integer", true)), new PrimaryKey("t_pkey", List.of("id")),
                List.of(), List.of(new CheckConstraint("t_n_positive", "n > 0")), List.of(), List.of(), null, null);
        Step step = Planner.plan(Differ.diff(live, db(List.of(), t)), PlanOptions.safe()).steps().get(0);
        assertEquals("SELECT count(*) FROM \"app\".\"t\" WHERE NOT (n > 0)", step.preflights().get(0).countSql());
        assertTrue(step.script().get(0).startsWith("DO $schemasync$"));
    }

    @Test
    void declaredRenameIsNotDropAndAdd() {
        Database live = db(List.of(), table("t", List.of(ID, Column.of("remark", "text", true)), List.of()));
        Database want = db(List.of(), table("t", List.of(ID, Column.of("note", "text", true).withRenamedFrom("remark")),
                List.of()));
        Plan plan = Planner.plan(Differ.diff(live, want), PlanOptions.safe());
        assertEquals(1, plan.steps().size());
        assertEquals("ALTER TABLE \"app\".\"t\" RENAME COLUMN \"remark\" TO \"note\"", plan.steps().get(0).statements().get(0));
    }

    @Test
    void narrowingVarcharIsDestructiveAndChecksLengths() {
        Database live = db(List.of(), table("t", List.of(ID, Column.of("name", "text", true)), List.of()));
        Database want = db(List.of(), table("t", List.of(ID, Column.of("name", "character varying(200)", true)), List.of()));
        Step step = Planner.plan(Differ.diff(live, want), PlanOptions.safe()).steps().get(0);
        assertEquals("text → varchar(200)", step.summary());
        assertTrue(step.refused());
        assertTrue(step.preflights().stream().anyMatch(p -> p.countSql().contains("> 200")));
    }
}
