package io.schemasync.test;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Empty databases made ahead of need. CREATE DATABASE copies template1 and is the largest single cost of a test
 * that uses a database (0.1-0.4 s on a 2-core machine, three times per acceptance case); made on a background thread
 * while the previous test runs, it is mostly waiting for a checkpoint and costs the test nothing. Each database is
 * still new and used by one test only: nothing is reused. Those made but not taken are dropped when the JVM ends.
 */
final class DatabasePool {
    /** How many databases are being made ahead at any time. */
    private static final int AHEAD = 3;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The pid keeps JVMs that share one server through SCHEMASYNC_TEST_URL apart. */
    private static final long PID = ProcessHandle.current().pid();

    private final TestServer server;
    private final ExecutorService maker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-database-maker");
        t.setDaemon(true);
        return t;
    });
    private final Deque<CompletableFuture<String>> ahead = new ArrayDeque<>();

    DatabasePool(TestServer server) {
        this.server = server;
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropUntaken, "test-database-pool-cleanup"));
    }

    /** A new empty database, for the caller alone; the caller drops it. */
    synchronized String take() throws SQLException {
        while (ahead.size() < AHEAD + 1) ahead.add(CompletableFuture.supplyAsync(this::make, maker));
        CompletableFuture<String> next = ahead.removeFirst();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a test database", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof SQLException sql) throw sql;
            throw new SQLException("cannot create a test database: " + cause, cause);
        }
    }

    private String make() {
        String name = "t_" + PID + "_" + COUNTER.incrementAndGet();
        try {
            server.admin("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
        return name;
    }

    private synchronized void dropUntaken() {
        List<CompletableFuture<String>> pending = new ArrayList<>(ahead);
        ahead.clear();
        maker.shutdownNow();
        for (CompletableFuture<String> f : pending) {
            try {
                String name = f.getNow(null);
                if (name != null) server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (Exception ignored) {
                // The server may be gone already (the embedded one stops in its own shutdown hook): nothing to drop.
            }
        }
    }
}
