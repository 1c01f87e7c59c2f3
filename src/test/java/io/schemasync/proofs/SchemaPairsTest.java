package io.schemasync.proofs;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated schema pairs (A, B): any schema converges to any other, with its rows, and what drops anything is refused
 * without {@code --allow-destructive} with nothing changed. See {@link PairRun} for what one pair proves,
 * {@link PairGenerator} and {@link PairMutations} for what is generated, {@link PairSweep} for seeds and shrinking.
 * Two workers run pairs side by side (pair i on worker i mod 2), each with two databases of the one test server.
 * <p>
 * The default suite runs 100 pairs of a fixed seed; {@code scripts/test -Pproperty} runs 1,000 pairs of a new seed
 * each time, printed first. About 2.1 s a pair on the shared 2-core machine at a load of 6 (100 pairs 211 s, 1,000
 * about 35 minutes); the latest figures are in docs/reliability.md ("Any schema converges"). The roles that
 * grants, owners and policies name are created first ({@link PairRun#ROLES}), as the grants/ acceptance cases do.
 * {@code -Dschemasync.seed=N} fixes the seed, {@code -Dschemasync.pairs=N} the number of pairs and
 * {@code -Dschemasync.pair=I} runs pair I alone (the replay a failure prints).
 */
@PostgresTest
class SchemaPairsTest {
    private static final long DEFAULT_SEED = 20261206L;

    @Test
    void hundredPairs(TestDatabase a1, TestDatabase b1, TestDatabase a2, TestDatabase b2, @TempDir Path work)
            throws Exception {
        sweep("pairs-sample", List.of(new PairRun(a1, b1, work.resolve("w1")), new PairRun(a2, b2, work.resolve("w2"))),
                Long.getLong("schemasync.seed", DEFAULT_SEED), 100);
    }

    @Test
    @Tag("property")
    void thousandPairs(TestDatabase a1, TestDatabase b1, TestDatabase a2, TestDatabase b2, @TempDir Path work)
            throws Exception {
        long seed = Long.getLong("schemasync.seed", System.currentTimeMillis() % 1_000_000L);
        System.out.println("generated pairs: seed " + seed + " (replay with -Dschemasync.seed=" + seed + ")");
        sweep("pairs", List.of(new PairRun(a1, b1, work.resolve("w1")), new PairRun(a2, b2, work.resolve("w2"))),
                seed, 1000);
    }

    private static void sweep(String topic, List<PairRun> runs, long seed, int count) throws Exception {
        Integer only = Integer.getInteger("schemasync.pair");
        int from = only == null ? 0 : only;
        int to = only == null ? Integer.getInteger("schemasync.pairs", count) : only + 1;
        runs.getFirst().createRoles();
        List<PairSweep> sweeps = runs.stream().map(PairSweep::new).toList();
        Map<Integer, String> failures = new TreeMap<>();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(sweeps.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < sweeps.size(); w++) {
                PairSweep sweep = sweeps.get(w);
                int first = from + w;
                done.add(pool.submit(() -> {
                    for (int i = first; i < to && failures(failures) < 3; i += sweeps.size()) {
                        String failure = sweep.one(seed, i);
                        if ((i + 1) % 100 == 0) {
                            System.out.println("generated pairs: pair " + (i + 1) + " done after "
                                    + (System.nanoTime() - t0) / 1_000_000_000L + " s, " + failures(failures) + " failed");
                        }
                        if (failure != null) {
                            System.out.println(failure);
                            synchronized (failures) {
                                failures.put(i, failure);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        List<String> lines = new ArrayList<>(List.of("seed " + seed + ": " + (failures.isEmpty() ? "every pair held"
                : failures.size() + " failed") + " in " + seconds + " s, " + sweeps.size() + " workers"));
        lines.addAll(PairSweep.figures(sweeps));
        Figures.report(topic, lines);
        assertEquals(List.of(), List.copyOf(failures.values()));
    }

    private static int failures(Map<Integer, String> failures) {
        synchronized (failures) {
            return failures.size();
        }
    }
}
