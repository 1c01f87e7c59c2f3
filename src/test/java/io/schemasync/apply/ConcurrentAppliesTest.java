package io.schemasync.apply;

import io.schemasync.dryrun.DryRun;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6, defect 0: two releases at once must never mix. Five applies of version A and five of version B start
 * together against one database whose table holds rows, so every new index is built CONCURRENTLY after the
 * commit. Every apply must succeed, and the database must end in exactly one of the two versions: the apply lock
 * is held for the whole run (transaction, after-commit phase, verification), so no apply sees another halfway.
 */
@PostgresTest
class ConcurrentAppliesTest {
    private static final String VERSION = """
            schemas:
              public:
                tables:
                  item:
                    columns:
                      id:    { type: bigint }
                      a:     { type: integer }
                      b:     { type: integer }
                      %1$s_note: { type: text }
                    primary_key: [id]
                    checks:
                      item_%1$s_positive: %1$s >= 0
                    indexes:
                      item_%1$s_idx: { columns: [%1$s] }
                      item_%1$s_note_idx: { columns: [%1$s_note], where: "%1$s_note IS NOT NULL" }
            """;

    @Test
    void releasesThatRunTogetherEndInExactlyOneVersion(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE item (id bigint PRIMARY KEY, a integer, b integer);"
                + " INSERT INTO item SELECT g, g % 100, g % 7 FROM generate_series(1, 50000) g");
        Database a = version(dir, "a");
        Database b = version(dir, "b");
        SchemaSync.Options options = new SchemaSync.Options(true, Duration.ofSeconds(5), true, Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApplyResult>> results = new ArrayList<>();
        AtomicInteger waited = new AtomicInteger();
        ApplyListener listener = new ApplyListener() {
            @Override
            public void waiting(String holder) {
                assertTrue(holder.startsWith("pid "), holder);
                waited.incrementAndGet();
            }
        };
        for (int i = 0; i < 10; i++) {
            Database desired = i % 2 == 0 ? a : b;
            results.add(pool.submit(() -> {
                try (Connection c = db.connect()) {
                    start.await();
                    return SchemaSync.apply(c, desired, options, listener);
                }
            }));
        }
        start.countDown();
        long t0 = System.nanoTime();
        int applied = 0;
        for (Future<ApplyResult> r : results) if (r.get(5, TimeUnit.MINUTES).applied()) applied++;
        long ms = (System.nanoTime() - t0) / 1_000_000;
        pool.shutdown();
        assertTrue(applied >= 1, "at least one apply changed something");
        assertTrue(waited.get() >= 1, "applies that started together waited for each other");
        try (Connection c = db.connect()) {
            boolean isA = DryRun.plan(c, a, true).isEmpty();
            boolean isB = DryRun.plan(c, b, true).isEmpty();
            assertTrue(isA ^ isB, "the database must be exactly version A or version B (A: " + isA + ", B: " + isB + ")");
            io.schemasync.proofs.Figures.report("concurrency-two-versions", List.of("10 applies (5 of version A,"
                    + " 5 of version B) started together on a table of 50,000 rows: " + applied + " changed the"
                    + " database, " + (10 - applied) + " found nothing to do, " + waited.get() + " waited for another,"
                    + " 0 errors; the end state is exactly version " + (isA ? "A" : "B") + ", no INVALID index, no"
                    + " lock left; " + ms + " ms in all"));
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_index WHERE NOT indisvalid")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no invalid index is left behind");
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "every apply released its lock");
            }
        }
    }

    private static Database version(Path dir, String column) throws Exception {
        Path file = dir.resolve(column + ".yaml");
        Files.writeString(file, VERSION.formatted(column));
        return SchemaLoader.load(List.of(file));
    }
}
