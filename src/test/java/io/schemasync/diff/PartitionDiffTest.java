package io.schemasync.diff;

import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.Partitioning;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartitionDiffTest {
    private static final String JAN = "FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')";
    private static final String Q1 = "FOR VALUES FROM ('2026-01-01') TO ('2026-04-01')";

    private static Table events(String by) {
        return new Table("events", List.of(Column.of("id", "bigint", false), Column.of("at", "date", false)), null,
                List.of(), List.of(), List.of(), List.of(), null, null)
                .withPartitioning(new Partitioning(by, null, null, List.of()));
    }

    private static Table partition(String name, String bound) {
        return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null)
                .withPartitioning(new Partitioning(null, "events", bound, List.of()));
    }

    private static Database db(Table... tables) {
        return new Database(List.of(Schema.named("public").withTables(List.of(tables))));
    }

    @Test
    void aPartitionWithTheSameBoundIsInSync() {
        var result = Differ.diff(db(events("RANGE (at)"), partition("e1", JAN)), db(events("RANGE (at)"), partition("e1", JAN)));
        assertEquals(List.of(), result.changes());
    }

    @Test
    void aNewPartitionIsCreatedAndAnUnlistedOneIsUnmanaged() {
        var result = Differ.diff(db(events("RANGE (at)"), partition("old", JAN)), db(events("RANGE (at)"), partition("e1", Q1)));
        assertEquals(1, result.changes().size());
        var create = assertInstanceOf(Change.CreateTable.class, result.changes().get(0));
        assertEquals("e1", create.table().name());
        assertTrue(result.unmanaged().stream().anyMatch(r -> r.name().equals("old")));
    }

    @Test
    void aChangedBoundIsDetachAndAttach() {
        var result = Differ.diff(db(events("RANGE (at)"), partition("e1", JAN)), db(events("RANGE (at)"), partition("e1", Q1)));
        var alter = assertInstanceOf(Change.AlterPartitioning.class, result.changes().get(0));
        assertEquals(JAN, alter.from().bound());
        assertEquals(Q1, alter.to().bound());
    }

    @Test
    void aChangedStrategyDropsTheTreeAndCreatesItAgain() {
        var result = Differ.diff(db(events("RANGE (at)"), partition("e1", JAN)),
                db(events("HASH (id)"), partition("h0", "FOR VALUES WITH (modulus 1, remainder 0)")));
        var drop = assertInstanceOf(Change.RepartitionTable.class, result.changes().get(0));
        assertEquals("HASH (id)", drop.to());
        assertEquals(List.of(io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TABLE, "public", "e1")),
                drop.partitions());
        assertEquals(List.of("events", "h0"), result.changes().stream().skip(1)
                .map(c -> assertInstanceOf(Change.CreateTable.class, c).table().name()).toList());
        // The old partition goes with its table: neither unmanaged nor a drop of its own.
        assertTrue(result.unmanaged().isEmpty(), result.unmanaged().toString());
    }

    @Test
    void aChangedStrategyOfATableThatAForeignKeyReferencesIsMadeAgainAndTheKeyLeftToThePlanner() {
        Table ref = new Table("refs", List.of(Column.of("id", "bigint", false), Column.of("at", "date", false)), null,
                List.of(), List.of(), List.of(new io.schemasync.model.ForeignKey("refs_fk", List.of("id", "at"), "public",
                        "events", List.of("id", "at"), null, null, false, null, true)), List.of(), null, null);
        var result = Differ.diff(db(events("RANGE (at)"), ref), db(events("HASH (id)"), ref));
        // The planner drops refs_fk before the DROP TABLE and adds it again after (Rebuilds.aroundRepartitions).
        var drop = assertInstanceOf(Change.RepartitionTable.class, result.changes().get(0));
        assertEquals("HASH (id)", drop.to());
        assertEquals(List.of("events"), result.changes().stream().skip(1)
                .map(c -> assertInstanceOf(Change.CreateTable.class, c).table().name()).toList());
    }

    @Test
    void partitioningAPlainTableHasNoInPlaceForm() {
        var result = Differ.diff(db(events(null)), db(events("RANGE (at)")));
        assertInstanceOf(Change.Unsupported.class, result.changes().get(0));
    }

    @Test
    void aNewParentIsInheritAndARemovedOneIsRefused() {
        Table parent = new Table("base", List.of(Column.of("at", "date", false)), null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        Table child = new Table("child", List.of(Column.of("at", "date", false)), null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        Table inheriting = child.withPartitioning(new Partitioning(null, null, null, List.of("base")));
        assertInstanceOf(Change.AlterPartitioning.class, Differ.diff(db(parent, child), db(parent, inheriting)).changes().get(0));
        assertInstanceOf(Change.Unsupported.class, Differ.diff(db(parent, inheriting), db(parent, child)).changes().get(0));
    }
}
