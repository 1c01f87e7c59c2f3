package io.schemasync.proofs;

import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyResult;
import io.schemasync.apply.SchemaSync;
import io.schemasync.cli.Main;
import io.schemasync.dryrun.DryRun;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Releases that start together take turns, and production writes never queue behind apply's DDL for longer than
 * its lock_timeout. (Five applies each of two versions at once: apply.ConcurrentAppliesTest.)
 */
@PostgresTest
class ConcurrencyTest {
    private static final String ITEM = """
            schemas:
              public:
                tables:
                  item:
                    columns:
                      id:    { type: bigint }
                      a:     { type: integer }
                      note:  { type: text }
                    primary_key: [id]
                    checks:
                      item_a_positive: a >= 0
                    indexes:
                      item_a_idx: { columns: [a] }
            """;

    /** Ten `schemasync apply` runs of one YAML at once: one applies, nine wait, then find nothing to do. */
    @Test
    void tenAppliesOfOneVersion(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE item (id bigint PRIMARY KEY, a integer);"
                + " INSERT INTO item SELECT g, g % 100 FROM generate_series(1, 20000) g");
        Path schema = Files.writeString(dir.resolve("item.yaml"), ITEM);
        int runs = 10;
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String[]>> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return cli("apply", "--color", "never", "--url", db.postgresUrl(), "-s", schema.toString());
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        int applied = 0;
        int nothing = 0;
        int waited = 0;
        for (Future<String[]> f : results) {
            String[] r = f.get(5, TimeUnit.MINUTES);
            assertEquals("0", r[0], "every apply succeeds:\n" + r[1] + r[2]);
            CrashSweep.assertNoStackTrace(r[2]);
            if (r[1].contains("Applied ")) applied++;
            if (r[1].contains("Nothing to do: database is in sync")) nothing++;
            if (r[2].contains("another schemasync apply is running on this database (pid ")) waited++;
            assertTrue(r[2].lines().allMatch(l -> l.startsWith("another schemasync apply is running")), r[2]);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        pool.shutdown();
        assertEquals(1, applied, "exactly one apply changes the database");
        assertEquals(runs - 1, nothing, "the others find nothing to do");
        try (Connection c = db.connect()) {
            assertTrue(DryRun.plan(c, SchemaLoader.load(List.of(schema)), false).isEmpty());
        }
        Figures.report("concurrency-same", List.of(runs + " applies of one YAML started together: " + applied
                + " applied, " + nothing + " found nothing to do (" + waited + " said they waited for another),"
                + " 0 errors; " + ms + " ms in all"));
    }

    private static String[] cli(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    private static final String LOAD = """
            schemas:
              public:
                tables:
                  parent:
                    columns:
                      id: { type: bigint }
                    primary_key: [id]
                  account:
                    columns:
                      id:        { type: bigint, identity: by default }
                      balance:   { type: integer, nullable: false }
                      parent_id: { type: bigint }
                      note:      { type: text }
                      flag:      { type: boolean, nullable: false, default: "false" }
                      code:      { type: text }
                    primary_key: [id]
                    unique:
                      account_code_key: [code]
                    checks:
                      account_balance_bounded: balance > -1000000
                    foreign_keys:
                      account_parent_fk: { columns: [parent_id], references: parent(id) }
                    indexes:
                      account_balance_idx: { columns: [balance] }
                      account_note_idx:    { columns: [note], where: "note IS NOT NULL" }
            """;
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);
    /** What a writer may wait beyond lock_timeout: the DDL's own work under its lock, on a busy 2-core machine. */
    private static final Duration MARGIN = Duration.ofMillis(750);
    private static final int WRITERS = 4;

    /**
     * Apply adds columns, constraints and indexes to a table that four connections keep inserting into and
     * updating, while a long transaction holds the table at the start (so apply's DDL must give up after
     * lock_timeout, back off and retry). No write may wait longer than lock_timeout plus a margin.
     */
    @Test
    void applyUnderWriteLoad(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE parent (id bigint PRIMARY KEY); INSERT INTO parent VALUES (1);"
                + " CREATE TABLE account (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " balance integer NOT NULL, parent_id bigint);"
                + " INSERT INTO account (balance, parent_id) SELECT g % 1000, 1 FROM generate_series(1, 5000) g");
        Database desired = SchemaLoader.load(List.of(Files.writeString(dir.resolve("load.yaml"), LOAD)));
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) writers.add(pool.submit(() -> write(db, stop, measuring, latencies)));
        Thread.sleep(500);
        AtomicInteger retries = new AtomicInteger();
        List<Future<?>> longTransaction = new ArrayList<>();
        measuring.set(true);
        long t0 = System.nanoTime();
        ApplyResult result;
        try (Connection c = db.connect()) {
            result = SchemaSync.apply(c, desired, new SchemaSync.Options(false, LOCK_TIMEOUT, true),
                    new ApplyListener() {
                        /** Planned, about to run its DDL: a long transaction takes the table first. */
                        @Override
                        public void planned(io.schemasync.plan.Plan plan) {
                            if (!longTransaction.isEmpty()) return;
                            CountDownLatch held = new CountDownLatch(1);
                            longTransaction.add(pool.submit(() -> holdTable(db, held, LOCK_TIMEOUT.multipliedBy(3))));
                            try {
                                held.await();
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        }

                        @Override
                        public void retrying(int attempt, String reason) {
                            retries.incrementAndGet();
                        }
                    });
        }
        long applyMs = (System.nanoTime() - t0) / 1_000_000;
        measuring.set(false);
        stop.set(true);
        longTransaction.getFirst().get(1, TimeUnit.MINUTES);
        int errors = 0;
        for (Future<Integer> w : writers) errors += w.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        assertTrue(result.applied());
        assertEquals(0, errors, "no write failed");
        List<Long> sorted = latencies.stream().sorted().toList();
        long max = sorted.getLast();
        String figures = sorted.size() + " writes by " + WRITERS + " connections during a " + applyMs + " ms apply ("
                + result.executed() + " statements, " + retries.get() + " lock-timeout retries, lock_timeout "
                + LOCK_TIMEOUT.toMillis() + " ms): latency p50 " + ms(percentile(sorted, 50)) + ", p99 "
                + ms(percentile(sorted, 99)) + ", max " + ms(max);
        Figures.report("write-load", List.of(figures));
        assertTrue(max < LOCK_TIMEOUT.plus(MARGIN).toNanos(), "a write waited longer than lock_timeout + "
                + MARGIN.toMillis() + " ms: " + figures);
        assertTrue(retries.get() >= 1, "the long transaction made apply's DDL time out and retry");
    }

    /** Inserts and updates one row at a time in autocommit, about 1,000 a second; returns the failed writes. */
    private static int write(TestDatabase db, AtomicBoolean stop, AtomicBoolean measuring, List<Long> latencies)
            throws Exception {
        int errors = 0;
        try (Connection c = db.connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO account (balance, parent_id) VALUES (?, 1)");
             PreparedStatement update = c.prepareStatement("UPDATE account SET balance = balance + 1 WHERE id = ?")) {
            for (long n = 0; !stop.get(); n++) {
                long t = System.nanoTime();
                try {
                    if (n % 2 == 0) {
                        insert.setInt(1, (int) (n % 1000));
                        insert.executeUpdate();
                    } else {
                        update.setLong(1, ThreadLocalRandom.current().nextLong(2, 5000));
                        update.executeUpdate();
                    }
                } catch (java.sql.SQLException e) {
                    errors++;
                }
                if (measuring.get()) latencies.add(System.nanoTime() - t);
                Thread.sleep(1); // steady traffic, not a saturated CPU: the machine has two cores
            }
        }
        return errors;
    }

    /** A transaction that writes row 1 (which the writers leave alone) and stays open for {@code hold}. */
    private static Void holdTable(TestDatabase db, CountDownLatch held, Duration hold) throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE account SET balance = balance WHERE id = 1");
            }
            held.countDown();
            Thread.sleep(hold);
            c.commit();
        }
        return null;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
