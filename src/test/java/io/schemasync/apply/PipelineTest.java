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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which steps go several to a round trip (see {@link Pipeline}). */
class PipelineTest {
    @TempDir
    Path dir;

    private List<Step> steps(String liveYaml, String desiredYaml) throws Exception {
        Database live = liveYaml.isEmpty() ? Database.empty()
                : SchemaLoader.load(List.of(Files.writeString(dir.resolve("live.yaml"), liveYaml)));
        Database desired = SchemaLoader.load(List.of(Files.writeString(dir.resolve("schema.yaml"), desiredYaml)));
        return Planner.plan(Differ.diff(live, desired), new PlanOptions(false)).steps().stream()
                .filter(s -> s.phase() == Phase.TRANSACTION).toList();
    }

    private static String table(String name, String fkTo) {
        return "      " + name + ":\n        columns:\n          id: { type: bigint }\n          p: { type: bigint }\n"
                + "        primary_key: [id]\n        indexes:\n          " + name + "_p_idx: { columns: [p] }\n"
                + (fkTo == null ? "" : "        foreign_keys:\n          " + name + "_p_fk: { columns: [p], references: "
                + fkTo + "(id) }\n");
    }

    @Test
    void newTablesTheirIndexesAndKeysBetweenThemGoTogether() throws Exception {
        List<Step> steps = steps("", "schemas:\n  public:\n    tables:\n" + table("a", null) + table("b", "a")
                + table("c", "b"));
        List<List<Step>> runs = Pipeline.of(List.of(steps)).runs(steps);
        // CREATE SCHEMA public is not a new table: one step alone; everything else in one round trip.
        assertEquals(2, runs.size(), runs.toString());
        assertEquals(1, runs.get(0).size());
        assertTrue(runs.get(0).get(0).change() instanceof Change.CreateSchema, runs.get(0).toString());
        assertEquals(steps.size() - 1, runs.get(1).size());
        assertEquals(steps, runs.stream().flatMap(List::stream).toList(), "the order is kept");
    }

    @Test
    void whatTouchesALiveTableGoesAlone() throws Exception {
        String live = "schemas:\n  public:\n    tables:\n" + table("a", null);
        String desired = live.replace("_p_idx: { columns: [p] }\n", "_p_idx: { columns: [p] }\n          a_id_p_idx: { columns: [id, p] }\n")
                + table("b", "a");
        // Every phase: the index on the live table is built after the commit (CONCURRENTLY).
        List<Step> steps = Planner.plan(Differ.diff(
                SchemaLoader.load(List.of(Files.writeString(dir.resolve("live.yaml"), live))),
                SchemaLoader.load(List.of(Files.writeString(dir.resolve("schema.yaml"), desired)))),
                new PlanOptions(false)).steps();
        Pipeline pipeline = Pipeline.of(List.of(steps));
        int onA = 0;
        for (Step step : steps) {
            switch (step.change()) {
                case Change.CreateIndex x when x.table().equals("a") -> {
                    assertFalse(pipeline.quick(step), "an index on a live table: " + step);
                    onA++;
                }
                case Change.AddConstraint k when k.constraint() instanceof io.schemasync.model.ForeignKey ->
                        assertFalse(pipeline.quick(step), "a key to a live table: " + step);
                case Change.CreateTable t -> assertTrue(pipeline.quick(step), step.toString());
                case Change.CreateIndex x -> assertTrue(pipeline.quick(step), "an index on a new table: " + step);
                default -> { }
            }
        }
        assertEquals(1, onA, steps.toString());
    }

    @Test
    void aRunHoldsAtMostSoManyStatements() throws Exception {
        StringBuilder yaml = new StringBuilder("schemas:\n  public:\n    tables:\n");
        for (int i = 0; i < 300; i++) yaml.append(table("t" + i, null));
        List<Step> steps = steps("", yaml.toString());
        List<List<Step>> runs = Pipeline.of(List.of(steps)).runs(steps);
        for (List<Step> run : runs) {
            assertTrue(run.stream().mapToInt(s -> s.statements().size()).sum() <= Pipeline.MOST, "run of " + run.size());
        }
        assertTrue(runs.size() >= 3, "600 statements and more: at least two runs besides CREATE SCHEMA");
    }
}
