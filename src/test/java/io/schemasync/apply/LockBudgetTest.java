package io.schemasync.apply;

import io.schemasync.catalog.CatalogReader;
import io.schemasync.catalog.Session;
import io.schemasync.dryrun.DryRun;
import io.schemasync.load.SchemaLoader;
import io.schemasync.plan.Plan;
import io.schemasync.server.SyncException;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change of a partitioned table locks every partition and its indexes: the lock budget counts them. */
@PostgresTest
class LockBudgetTest {
    @TempDir
    Path dir;

    private static final int PARTITIONS = 40;

    /** events, hash-partitioned 40 ways, with a primary key and one more index (each partition has both). */
    private static void events(TestDatabase db) throws Exception {
        StringBuilder sql = new StringBuilder("CREATE TABLE events (id bigint, kind text, PRIMARY KEY (id))"
                + " PARTITION BY HASH (id);\nCREATE INDEX events_kind_idx ON events (kind);\n");
        for (int i = 0; i < PARTITIONS; i++) {
            sql.append("CREATE TABLE events_").append(i).append(" PARTITION OF events FOR VALUES WITH (modulus ")
                    .append(PARTITIONS).append(", remainder ").append(i).append(");\n");
        }
        db.execute(sql.toString());
    }

    private Plan addColumn(Connection c) throws Exception {
        StringBuilder yaml = new StringBuilder("""
                schemas:
                  public:
                    tables:
                      events:
                        columns:
                          id:   { type: bigint }
                          kind: { type: text }
                          note: { type: text }
                        primary_key: [id]
                        indexes:
                          events_kind_idx: { columns: [kind] }
                        partition_by: { hash: [id] }
                        partitions:
                """);
        for (int i = 0; i < PARTITIONS; i++) {
            yaml.append("          events_").append(i).append(": { modulus: ").append(PARTITIONS)
                    .append(", remainder: ").append(i).append(" }\n");
        }
        Path file = Files.writeString(dir.resolve("schema.yaml"), yaml);
        return DryRun.plan(c, SchemaLoader.load(List.of(file)), false);
    }

    @Test
    void thePartitionsOfATableCountOnceHoweverManyStepsTouchIt() throws Exception {
        Path file = Files.writeString(dir.resolve("one.yaml"), """
                schemas:
                  public:
                    tables:
                      events:
                        columns:
                          id:   { type: bigint }
                          kind: { type: text }
                        indexes:
                          events_kind_idx: { columns: [kind] }
                          events_id_idx:   { columns: [id] }
                """);
        Plan plan = io.schemasync.plan.Planner.plan(io.schemasync.diff.Differ.diff(io.schemasync.model.Database.empty(),
                SchemaLoader.load(List.of(file))), new io.schemasync.plan.PlanOptions(false));
        assertEquals(3, plan.steps().stream().filter(st -> "events".equals(st.change().target().table() != null
                ? st.change().target().table() : st.change().target().name())).count(), plan.steps().toString());
        // Three steps on events: the 100 relations below it count once.
        int alone = LockBudget.estimate(plan);
        assertEquals(alone + 100, LockBudget.estimate(plan, Map.of("public.events", 100)));
        assertEquals(alone, LockBudget.estimate(plan, Map.of("public.other", 100)));
    }

    @Test
    void aPartitionedTableLocksItsPartitionsAndTheirIndexes(TestDatabase db) throws Exception {
        events(db);
        try (Connection c = db.connect()) {
            Plan plan = addColumn(c);
            assertEquals(1, plan.steps().size(), plan.steps().toString());
            Map<String, Integer> partitions = CatalogReader.partitionLocks(c, LockBudget.touched(plan));
            // Each partition: itself, its TOAST table and TOAST index (text), its primary key and its kind index.
            assertEquals(Map.of("public.events", PARTITIONS * 5), partitions);
            assertEquals(4, LockBudget.estimate(plan));
            assertEquals(4 + PARTITIONS * 5, LockBudget.estimate(plan, partitions));
            // 60 entries, about 120 in practice: the table alone fits, with its 40 partitions it does not.
            Session small = new Session(false, true, "app", "app", 2, 30, 0, Map.of());
            assertDoesNotThrow(() -> LockBudget.check(small, plan, Map.of()));
            SyncException e = assertThrows(SyncException.class, () -> LockBudget.check(small, plan, partitions));
            assertTrue(e.getMessage().startsWith("this plan locks about " + (4 + PARTITIONS * 5) + " relations"),
                    e.getMessage());
        }
    }
}
