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

/**
 * Apply is all-or-nothing even when its process dies or its session is ended at any statement boundary: see
 * {@link CrashSweep}. The default suite interrupts three boundaries (the most telling ones: the COMMIT, just after
 * it, and inside the after-commit phase); {@code scripts/test -Pproperty} interrupts every boundary both ways.
 */
@PostgresTest
class CrashTest {
    private static final Path SCENARIO = Path.of("src/test/resources/proofs/crash");

    @Test
    void aFewBoundaries(TestDatabase db, @TempDir Path work) throws Exception {
        CrashSweep sweep = CrashSweep.prepare(db, SCENARIO, work);
        int commit = sweep.transactionStatements() + 1;
        sweep.interrupt(commit, Interruption.KILL);
        sweep.interrupt(commit + 1, Interruption.TERMINATE);
        sweep.interrupt(commit + 4, Interruption.KILL);
        report("crash-sample", sweep);
    }

    @Test
    @Tag("property")
    void everyBoundary(TestDatabase db, @TempDir Path work) throws Exception {
        CrashSweep sweep = CrashSweep.prepare(db, SCENARIO, work);
        for (int b = 1; b <= sweep.boundaries(); b++) {
            for (Interruption how : Interruption.values()) sweep.interrupt(b, how);
        }
        sweep.runsPastTheLastBoundary();
        report("crash", sweep);
    }

    private static void report(String topic, CrashSweep sweep) {
        List<String> lines = new ArrayList<>();
        List<Outcome> outcomes = sweep.outcomes();
        lines.add("plan: " + sweep.transactionStatements() + " statements in the transaction, "
                + (sweep.boundaries() - sweep.transactionStatements() - 2) + " after the commit; "
                + sweep.boundaries() + " statement boundaries");
        lines.add("interrupted: " + outcomes.size() + " (" + outcomes.stream().filter(o -> o.how() == Interruption.KILL)
                .count() + " by kill -9 of the forked process, " + outcomes.stream()
                .filter(o -> o.how() == Interruption.TERMINATE).count() + " by pg_terminate_backend)");
        sweep.statesFound().forEach((state, n) -> lines.add("state " + state + ": " + n));
        lines.add("resumed to the end state with an empty plan after: " + outcomes.size() + " of " + outcomes.size());
        for (Outcome o : outcomes) {
            lines.add("  boundary " + o.boundary() + " " + o.how() + " (" + o.where() + "): " + o.state()
                    + "; the next apply ran " + o.resumed() + " statement(s)");
        }
        Figures.report(topic, lines);
    }
}
