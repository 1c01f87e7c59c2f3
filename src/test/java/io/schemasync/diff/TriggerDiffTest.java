package io.schemasync.diff;

import io.schemasync.kinds.Trigger;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.col;
import static io.schemasync.diff.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Triggers belong to their table: renames carry them, a dropped table takes them along. Pure. */
class TriggerDiffTest {
    private static Trigger trigger(String table, String name, String column, String when) {
        return new Trigger(table, name, "before", List.of("update"), List.of(column), null, null, true, when, APP,
                "touch", List.of(), false, false, false, "origin", null, null);
    }

    private static Database db(List<ObjectRef> drops, List<Table> tables, SchemaObject... objects) {
        return new Database(List.of(new Schema(APP, null, List.of(), List.of(), List.of(), tables, List.of(objects))),
                drops);
    }

    private static Table post(String name, String renamedFrom, String column, String columnFrom) {
        return table(name).id().columns(col(column, "text").withRenamedFrom(columnFrom)).build().withRenamedFrom(renamedFrom);
    }

    @Test
    void aRenamedTableAndColumnCarryTheTriggerAlong() {
        Database live = db(List.of(), List.of(post("post", null, "body", null)),
                trigger("post", "touch", "body", "(old.body IS DISTINCT FROM new.body)"));
        Database desired = db(List.of(), List.of(post("posts", "post", "content", "body")),
                trigger("posts", "touch", "content", "(old.content IS DISTINCT FROM new.content)"));
        Change.Result r = Differ.diff(live, desired);
        assertEquals(List.of(), r.changes().stream().filter(c -> c.target().kind() == Kind.TRIGGER).toList());
        assertEquals(true, r.inSync().contains(ObjectRef.of(Kind.TRIGGER, APP, "posts.touch")));
    }

    @Test
    void aDroppedTableTakesItsTriggersAlong() {
        Database live = db(List.of(), List.of(post("old", null, "body", null)), trigger("old", "touch", "body", null));
        Database desired = db(List.of(ObjectRef.of(Kind.TABLE, APP, "old")), List.of());
        Change.Result r = Differ.diff(live, desired);
        assertEquals(1, r.changes().size());
        assertInstanceOf(Change.DropTable.class, r.changes().get(0));
        assertEquals(List.of(), r.unmanaged());
    }

    @Test
    void triggersOfAnUnmanagedTableAreUnmanagedAndThoseOfAManagedTableToo() {
        Database live = db(List.of(), List.of(post("a", null, "body", null), post("b", null, "body", null)),
                trigger("a", "touch", "body", null), trigger("b", "touch", "body", null));
        Database desired = db(List.of(), List.of(post("a", null, "body", null)));
        Change.Result r = Differ.diff(live, desired);
        assertEquals(List.of(), r.changes());
        // The planner sorts them for people.
        assertEquals(java.util.Set.of(ObjectRef.of(Kind.TRIGGER, APP, "a.touch"), ObjectRef.of(Kind.TRIGGER, APP,
                "b.touch"), ObjectRef.of(Kind.TABLE, APP, "b")), java.util.Set.copyOf(r.unmanaged()));
    }
}
