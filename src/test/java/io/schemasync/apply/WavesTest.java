package io.schemasync.apply;

import io.schemasync.diff.Change;
import io.schemasync.diff.Differ;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.plan.Phase;
import io.schemasync.plan.PlanOptions;
import io.schemasync.plan.Planner;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which batches of a batched apply run two at a time (see {@link Waves}). */
class WavesTest {
    @TempDir
    Path dir;

    private List<List<Step>> batches(String yaml, int perBatch) throws Exception {
        Database desired = SchemaLoader.load(List.of(Files.writeString(dir.resolve("schema.yaml"), yaml)));
        List<Step> steps = Planner.plan(Differ.diff(Database.empty(), desired), new PlanOptions(false)).steps().stream()
                .filter(s -> s.phase() == Phase.TRANSACTION).toList();
        return LockBudget.batches(steps, perBatch);
    }

    private static String tables(int n, boolean withKeys) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            yaml.append("      t").append(i).append(":\n        columns:\n          id: { type: bigint }\n")
                    .append("          p: { type: bigint }\n        primary_key: [id]\n")
                    .append("        indexes:\n          t").append(i).append("_p_idx: { columns: [p] }\n");
            if (withKeys && i > 1) {
                yaml.append("        foreign_keys:\n          t").append(i).append("_p_fk: { columns: [p], references: t")
                        .append(i - 1).append("(id) }\n");
            }
        }
        return yaml.toString();
    }

    @Test
    void tablesThenTheirIndexesRunTogetherAndForeignKeysAlone() throws Exception {
        List<List<Step>> batches = batches("schemas:\n  public:\n    tables:\n" + tables(8, true), 2);
        List<List<Integer>> waves = Waves.of(batches);
        // Batches cut by table count, in plan order: [schema public, t1] [t2 t3] [t4 t5] [t6 t7] [t8, index of t1]
        // [indexes of t2 t3] [t4 t5] [t6 t7] [index of t8, foreign key of t2] [foreign keys] ...
        assertEquals(List.of(0), waves.get(0), "CREATE SCHEMA runs alone");
        assertEquals(List.of(1, 2, 3, 4), waves.get(1), "tables, and an index on a table of an earlier wave");
        assertEquals(List.of(5, 6, 7), waves.get(2), "indexes on the tables of the wave before");
        for (List<Integer> wave : waves.subList(3, waves.size())) assertEquals(1, wave.size(), "foreign keys run alone");
        assertEquals(batches.size(), waves.stream().mapToInt(List::size).sum());
        independent(batches, waves);
    }

    /** In a wave of several batches: only tables and indexes, and no index on a table of another batch of it. */
    private static void independent(List<List<Step>> batches, List<List<Integer>> waves) {
        for (List<Integer> wave : waves) {
            if (wave.size() == 1) continue;
            for (int i : wave) {
                for (Step s : batches.get(i)) {
                    assertTrue(s.change() instanceof Change.CreateTable || s.change() instanceof Change.CreateIndex, s.summary());
                    if (!(s.change() instanceof Change.CreateIndex x)) continue;
                    for (int j : wave) {
                        if (j == i) continue;
                        assertTrue(batches.get(j).stream().noneMatch(o -> o.change() instanceof Change.CreateTable t
                                && t.table().name().equals(x.table())), "index " + x.index().name() + " beside its table");
                    }
                }
            }
        }
    }

    @Test
    void typesPartitionsAndInheritanceRunAlone() throws Exception {
        String yaml = """
                schemas:
                  public:
                    enums:
                      mood: [ok, sad]
                    tables:
                      events:
                        columns:
                          id: { type: bigint }
                          at: { type: date, nullable: false }
                        partition_by: { range: [at] }
                        partitions:
                          events_2026: { values: "FROM ('2026-01-01') TO ('2027-01-01')" }
                      kid:
                        columns:
                          extra: { type: int }
                        inherits: [people]
                      people:
                        columns:
                          id: { type: bigint }
                          mood: { type: mood }
                """ + tables(4, false).replace("      ", "      ");
        List<List<Step>> batches = batches(yaml, 1);
        List<List<Integer>> waves = Waves.of(batches);
        for (List<Integer> wave : waves) {
            if (wave.size() == 1) continue;
            for (int i : wave) {
                for (Step s : batches.get(i)) {
                    assertTrue(s.change() instanceof Change.CreateTable || s.change() instanceof Change.CreateIndex, s.summary());
                    if (s.change() instanceof Change.CreateTable t) {
                        assertTrue(!t.table().name().startsWith("events") && !t.table().name().equals("kid"),
                                "partitioned tables, partitions and tables that inherit run alone");
                    }
                }
            }
        }
        assertTrue(waves.stream().anyMatch(w -> w.size() > 1), waves.toString());
    }
}
