package io.schemasync.proofs;

import io.schemasync.proofs.CrashSweep.Interruption;
import io.schemasync.proofs.CrashSweep.Outcome;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Apply is all-or-nothing even when its process dies or its session is ended at any statement boundary: see
 * {@link CrashSweep}. The default suite interrupts three boundaries (the most telling ones: the COMMIT, just after
 * it, and inside the after-commit phase); {@code scripts/test -Pproperty} interrupts every boundary of two scenarios
 * (one transaction; enum labels committed first, then the transaction) both ways.
 */
@PostgresTest
class CrashTest {
    private static final Path SCENARIO = Path.of("src/test/resources/proofs/crash");
    /** New enum labels that other steps use: committed first, then the transaction (two COMMITs). */
    private static final Path LABELS_FIRST = Path.of("src/test/resources/proofs/crash-labels");

    @Test
    void aFewBoundaries(TestDatabase db, @TempDir Path work) throws Exception {
        CrashSweep sweep = CrashSweep.prepare(db, SCENARIO, work);
        int commit = sweep.lastCommitBoundary();
        sweep.interrupt(commit, Interruption.KILL);
        sweep.interrupt(commit + 1, Interruption.TERMINATE);
        sweep.interrupt(commit + 4, Interruption.KILL);
        report("crash-sample", List.of(sweep));
    }

    @Test
    @Tag("property")
    void everyBoundary(TestDatabase db, TestDatabase labels, @TempDir Path work) throws Exception {
        List<CrashSweep> sweeps = List.of(CrashSweep.prepare(db, SCENARIO, work.resolve("one")),
                CrashSweep.prepare(labels, LABELS_FIRST, work.resolve("labels")));
        for (CrashSweep sweep : sweeps) {
            for (int b = 1; b <= sweep.boundaries(); b++) {
                for (Interruption how : Interruption.values()) sweep.interrupt(b, how);
            }
            sweep.runsPastTheLastBoundary();
        }
        report("crash", sweeps);
    }

    private static void report(String topic, List<CrashSweep> sweeps) {
        List<String> lines = new ArrayList<>();
        int boundaries = 0;
        int interrupted = 0;
        Map<String, Integer> states = new TreeMap<>();
        for (CrashSweep sweep : sweeps) {
            boundaries += sweep.boundaries();
            interrupted += sweep.outcomes().size();
            sweep.statesFound().forEach((state, n) -> states.merge(state, n, Integer::sum));
        }
        lines.add(sweeps.size() + " scenario(s), " + boundaries + " statement boundaries, " + interrupted
                + " interruptions: every one left a state its COMMITs leave, and the next apply finished the work"
                + " with an empty plan after it");
        states.forEach((state, n) -> lines.add("state " + state + ": " + n));
        for (CrashSweep sweep : sweeps) {
            List<Outcome> outcomes = sweep.outcomes();
            lines.add("scenario " + sweep.name() + ": " + sweep.transactionStatements() + " statements in "
                    + sweep.commits() + " transaction(s), " + sweep.afterCommitStatements() + " after the commit; "
                    + sweep.boundaries() + " boundaries; " + outcomes.stream().filter(o -> o.how() == Interruption.KILL)
                    .count() + " kill -9 of the forked process, " + outcomes.stream()
                    .filter(o -> o.how() == Interruption.TERMINATE).count() + " pg_terminate_backend");
            for (Outcome o : outcomes) {
                lines.add("  boundary " + o.boundary() + " " + o.how() + " (" + o.where() + "): " + o.state()
                        + "; the next apply ran " + o.resumed() + " statement(s)");
            }
        }
        Figures.report(topic, lines);
    }
}
