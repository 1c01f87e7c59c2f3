package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.diff.Differ;
import io.schemasync.kinds.Domains;
import io.schemasync.kinds.Views;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's order comes from dependencies; the familiar order by kind only breaks ties. */
class StepOrderTest {
    private static final Column ID = Column.of("id", "bigint", false);

    private static Domains.Domain domain(String name, String type) {
        return new Domains.Domain(name, type, true, null, List.of(), null, null);
    }

    private static Table table(String name, Column... columns) {
        return new Table(name, List.of(columns), new PrimaryKey(name + "_pkey", List.of("id")), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }

    private static Database db(List<EnumType> enums, List<Sequence> sequences, List<SchemaObject> objects,
                               Table... tables) {
        return new Database(List.of(new Schema("app", null, List.of(), enums, sequences, List.of(tables), objects)));
    }

    private static List<String> order(Database live, Database want) {
        return Planner.plan(Differ.diff(live, want), new PlanOptions(true)).steps().stream()
                .map(s -> s.action() + " " + s.change().target()).toList();
    }

    @Test
    void aColumnIsRenamedBeforeANewColumnTakesItsOldName() {
        Database live = db(List.of(), List.of(), List.of(), table("t", ID, Column.of("code", "text", true)));
        Database want = db(List.of(), List.of(), List.of(), table("t", ID,
                Column.of("old_code", "text", true).withRenamedFrom("code"), Column.of("code", "uuid", true)));
        assertEquals(List.of("ALTER column app.t.old_code", "CREATE column app.t.code"), order(live, want));
    }

    @Test
    void aDomainOverAnEnumIsDroppedBeforeTheEnum() {
        EnumType mood = new EnumType("mood", List.of("ok"), null);
        Database live = db(List.of(mood), List.of(), List.of(domain("feeling", "app.mood")));
        Database want = new Database(List.of(Schema.named("app")), List.of(
                io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TYPE, "app", "mood"),
                io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.DOMAIN, "app", "feeling")));
        assertEquals(List.of("DROP domain app.feeling", "DROP type app.mood"), order(live, want));
    }

    @Test
    void aDomainOverADomainComesAfterIt() {
        Database want = db(List.of(), List.of(), List.of(domain("a_inner", "app.z_base"), domain("z_base", "text")),
                table("t", ID, Column.of("v", "a_inner", true)));
        assertEquals(List.of("CREATE schema app", "CREATE domain app.z_base", "CREATE domain app.a_inner",
                "CREATE table app.t"), order(Database.empty(), want));
    }

    @Test
    void aColumnLeavesATypeBeforeTheTypeIsDropped() {
        EnumType mood = new EnumType("mood", List.of("ok"), null);
        Database live = db(List.of(mood), List.of(), List.of(), table("t", ID, Column.of("m", "app.mood", true)));
        Database want = new Database(List.of(new Schema("app", null, List.of(), List.of(), List.of(),
                List.of(table("t", ID, Column.of("m", "text", true))), List.of())), List.of(
                io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TYPE, "app", "mood")));
        assertEquals(List.of("ALTER column app.t.m", "DROP type app.mood"), order(live, want));
    }

    @Test
    void aSequenceIsCreatedBeforeTheDefaultThatUsesIt() {
        Sequence seq = Sequence.withDefaults("z_counter", null, null, null, null, null, null, false, null, null);
        Database want = db(List.of(), List.of(seq), List.of(),
                table("a", ID, new Column("n", "bigint", true, "nextval('app.z_counter'::regclass)", null, null, null,
                        null, null)));
        assertEquals(List.of("CREATE schema app", "CREATE sequence app.z_counter", "CREATE table app.a"),
                order(Database.empty(), want));
    }

    @Test
    void foreignKeysComeAfterBothTablesWhateverTheirNames() {
        Table a = table("a", ID, Column.of("b_id", "bigint", true)).withForeignKeys(List.of(new ForeignKey("a_b_fk",
                List.of("b_id"), "app", "b", List.of("id"), null, null, false, null)));
        Table b = table("b", ID);
        assertEquals(List.of("CREATE schema app", "CREATE table app.a", "CREATE table app.b",
                "CREATE constraint app.a.a_b_fk"), order(Database.empty(), db(List.of(), List.of(), List.of(), a, b)));
    }

    @Test
    void anIndexIsDroppedBeforeItsColumn() {
        Index ix = new Index("t_v_idx", false, "btree", List.of(IndexKey.column("v")), List.of(), null, false, null);
        Table have = new Table("t", List.of(ID, Column.of("v", "text", true)), new PrimaryKey("t_pkey", List.of("id")),
                List.of(), List.of(), List.of(), List.of(ix), null, null);
        Database live = db(List.of(), List.of(), List.of(), have);
        Database want = db(List.of(), List.of(), List.of(), table("t", ID));
        assertEquals(List.of("DROP index app.t.t_v_idx", "DROP column app.t.v"), order(live, want));
    }

    @Test
    void changesThatNeedEachOtherInACircleAreAnErrorNamingThem() {
        Change a = new Change.CreateObject("app", domain("a", "app.b"));
        Change b = new Change.CreateObject("app", domain("b", "app.a"));
        CycleException e = assertThrows(CycleException.class, () -> StepOrder.of(List.of(a, b)));
        assertEquals(List.of("create object domain app.a", "create object domain app.b", "create object domain app.a"),
                e.cycle());
    }

    private static Views.View view(String name, String query, List<String> columns, List<String> types) {
        return new Views.View(name, query, columns, types, null, false, false, null);
    }

    @Test
    void aViewThatReadsANewColumnComesAfterIt() {
        Database live = db(List.of(), List.of(), List.of(view("a_v", "SELECT id FROM t", List.of("id"),
                List.of("bigint"))), table("t", ID));
        Database want = db(List.of(), List.of(), List.of(view("a_v", "SELECT id, email FROM t",
                List.of("id", "email"), List.of("bigint", "text"))), table("t", ID, Column.of("email", "text", true)));
        assertEquals(List.of("CREATE column app.t.email", "ALTER view app.a_v"), order(live, want));
    }

    @Test
    void aViewThatReadsARenamedColumnComesAfterTheRename() {
        Database live = db(List.of(), List.of(), List.of(view("a_v", "SELECT nm FROM t", List.of("nm"),
                List.of("text"))), table("t", ID, Column.of("nm", "text", true)));
        Column renamed = new Column("name", "text", true, null, null, null, null, null, "nm");
        Database want = db(List.of(), List.of(), List.of(view("a_v", "SELECT name FROM t", List.of("name"),
                List.of("text"))), table("t", ID, renamed));
        assertEquals(List.of("ALTER column app.t.name", "ALTER view app.a_v"), order(live, want));
    }

    @Test
    void aViewStopsReadingAColumnBeforeTheColumnIsDropped() {
        Database live = db(List.of(), List.of(), List.of(view("z_v", "SELECT id, note FROM t",
                List.of("id", "note"), List.of("bigint", "text"))), table("t", ID, Column.of("note", "text", true)));
        Database want = db(List.of(), List.of(), List.of(view("z_v", "SELECT id FROM t", List.of("id"),
                List.of("bigint"))), table("t", ID));
        List<Step> steps = Planner.plan(Differ.diff(live, want), new PlanOptions(true)).steps();
        assertEquals(List.of("ALTER view app.z_v", "DROP column app.t.note"),
                steps.stream().map(s -> s.action() + " " + s.change().target()).toList());
        // The view no longer names the column once its step ran: the drop's preflight does not count it.
        var views = steps.get(1).preflights().stream().filter(p -> p.countSql().contains("pg_rewrite")
                || p.countSql().contains("IN ((")).toList();
        assertEquals(1, views.size(), steps.get(1).preflights().toString());
        assertTrue(views.get(0).countSql().contains("IN (('app', 'z_v'))"));
    }
}
