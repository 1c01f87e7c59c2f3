package io.schemasync.cli;

import io.schemasync.catalog.BackendActivity;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Shows what a long statement is doing while apply waits for it. Once a statement has run for {@link
 * Cadence#showAfter}, a daemon thread asks the server, through a second connection (apply's own is busy running the
 * statement), what apply's server process is doing: pg_stat_progress_create_index for an index build, what it
 * waits for, else only the time. On a terminal one status line on stderr is rewritten in place and erased when the
 * statement ends; elsewhere (a log) a plain line is printed now and then. Nothing goes to stdout, which programs
 * read.
 *
 * <p>The thread is made when first needed and ended by {@link #close}; the connection is opened when a statement
 * has run long and closed when it ends. Without one (refused, or the server process is not visible, as behind a
 * pooler) only the time is shown.
 */
final class StatementMonitor implements AutoCloseable {
    /** How the second connection names itself in pg_stat_activity. */
    static final String APPLICATION_NAME = "schemasync progress";

    /** How long stop() waits for the thread to close the connection of the statement that ended. */
    private static final Duration RELEASE = Duration.ofSeconds(1);

    /** Opens the second connection, in the monitor's thread. */
    interface Connector {
        Connection open() throws SQLException;
    }

    /**
     * @param showAfter  how long a statement runs before it is shown
     * @param poll       how often the server is asked (and the status line redrawn)
     * @param plainEvery the least time between two plain lines of one statement
     */
    record Cadence(Duration showAfter, Duration poll, Duration plainEvery) {
        static final Cadence DEFAULT = new Cadence(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    /**
     * Where the lines go and how they look.
     *
     * @param inPlace a terminal: one status line rewritten in place (else plain lines)
     * @param width   the terminal's width in columns, which the status line must not exceed
     */
    record Output(PrintStream err, Redactor redactor, Style style, ProgressText text, boolean inPlace, int width) {}

    /** The statement that runs; its fields are guarded by the monitor's lock. */
    private static final class Running {
        final String what;
        final long start;
        long lastPlain;
        int frame;

        Running(String what, long start) {
            this.what = what;
            this.start = start;
        }
    }

    private final Object lock = new Object();
    private final Output output;
    private final Cadence cadence;
    private final Connector connector;
    private final int pid;
    /** The statement that runs, null between statements. */
    private Running current;
    /** The statement the thread watches (with its connection open), null when it watches none. */
    private Running watched;
    private boolean closed;
    private Thread thread;
    private Thread shutdownHook;
    /** The width of the status line on the terminal, 0 when there is none. */
    private int shown;
    /** Touched only by the monitor's thread: once the second connection failed, it is not tried again. */
    private boolean unreachable;

    /** @param pid apply's server process, or 0 when unknown (then only the time is shown) */
    StatementMonitor(Output output, Cadence cadence, Connector connector, int pid) {
        this.output = output;
        this.cadence = cadence;
        this.connector = connector;
        this.pid = pid;
        this.unreachable = pid == 0;
    }

    /**
     * Watches apply's connection to {@code db}: its server process is read now, before apply makes it busy; a
     * second connection is opened only while a statement runs long.
     */
    static StatementMonitor watching(DatabaseTarget db, Cli cli, Style style) {
        int pid;
        try {
            pid = BackendActivity.backendPid(db.connection());
        } catch (SQLException e) {
            pid = 0;
        }
        Output output = new Output(cli.err(), cli.redactor(), style, new ProgressText(cli.errUnicode()),
                cli.statusLine(), cli.columns());
        return new StatementMonitor(output, Cadence.DEFAULT, () -> db.another(APPLICATION_NAME), pid);
    }

    /** A statement describing itself as {@code what} starts now. */
    void start(String what) {
        synchronized (lock) {
            if (closed) return;
            current = new Running(what, System.nanoTime());
            if (thread == null) startThread();
            lock.notifyAll();
        }
    }

    /**
     * The statement has ended: its status line is erased before anything else is printed, and its connection is
     * closed before the next statement runs (so that, between statements, apply has one session), unless the
     * thread is still opening it after {@link #RELEASE}: then it closes it as soon as it has it.
     */
    void stop() {
        synchronized (lock) {
            current = null;
            erase();
            lock.notifyAll();
            long deadline = System.nanoTime() + RELEASE.toNanos();
            try {
                while (watched != null && waitUntil(deadline)) {
                    // woken by the thread once it has closed the connection
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the thread, which closes its connection; the status line is erased. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            current = null;
            erase();
            lock.notifyAll();
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            joinQuietly(t);
            removeShutdownHook();
        }
    }

    /** Whether the monitor's thread is alive (for tests: none is left behind). */
    boolean threadAlive() {
        synchronized (lock) {
            return thread != null && thread.isAlive();
        }
    }

    private void startThread() {
        thread = new Thread(this::loop, "schemasync-progress");
        thread.setDaemon(true);
        thread.start();
        if (output.inPlace()) {
            // Interrupted (Ctrl-C): the shell's prompt should not land on a half-written status line.
            shutdownHook = new Thread(this::erase, "schemasync-progress-erase");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private void loop() {
        try {
            for (Running r = awaitLong(); r != null; r = awaitLong()) watch(r);
        } catch (InterruptedException e) {
            // close() interrupts the thread: it ends, and watch() has closed its connection.
        }
    }

    /** Waits for a statement that has run for {@link Cadence#showAfter}; null once closed. */
    private Running awaitLong() throws InterruptedException {
        synchronized (lock) {
            while (!closed) {
                if (current == null) {
                    lock.wait();
                } else if (waitUntil(current.start + cadence.showAfter().toNanos())) {
                    continue;
                } else {
                    watched = current;
                    return current;
                }
            }
            return null;
        }
    }

    /** Shows the statement until it ends, asking the server through a connection closed when it ends. */
    private void watch(Running r) throws InterruptedException {
        Connection connection = null;
        try {
            connection = open();
            while (true) {
                BackendActivity activity = poll(connection);
                if (activity == null && connection != null && unreachable) {
                    closeQuietly(connection);
                    connection = null;
                }
                synchronized (lock) {
                    if (current != r || closed) return;
                    show(r, activity);
                    long next = System.nanoTime() + cadence.poll().toNanos();
                    while (current == r && !closed && waitUntil(next)) {
                        // woken early by stop() or close()
                    }
                }
            }
        } finally {
            closeQuietly(connection);
            synchronized (lock) {
                watched = null;
                lock.notifyAll();
            }
        }
    }

    /** Waits on the lock until {@code deadline} (System.nanoTime); false once it has passed. */
    private boolean waitUntil(long deadline) throws InterruptedException {
        long wait = deadline - System.nanoTime();
        if (wait <= 0) return false;
        lock.wait(Math.max(1, wait / 1_000_000));
        return true;
    }

    /** The second connection; null when it cannot be had, which is never an error. */
    private Connection open() {
        if (unreachable) return null;
        try {
            return connector.open();
        } catch (SQLException | RuntimeException e) {
            // Progress is a courtesy: without the second connection apply goes on and the time is still shown.
            unreachable = true;
            return null;
        }
    }

    /** What apply's server process is doing; null when that cannot be known. */
    private BackendActivity poll(Connection connection) {
        if (connection == null) return null;
        try {
            return BackendActivity.read(connection, pid).orElse(null);
        } catch (SQLException | RuntimeException e) {
            unreachable = true;
            return null;
        }
    }

    private void show(Running r, BackendActivity activity) {
        long now = System.nanoTime();
        Duration elapsed = Duration.ofNanos(now - r.start);
        ProgressText text = output.text();
        if (output.inPlace()) {
            String line = text.fit(output.redactor().scrub(text.status(r.frame++, r.what, activity, elapsed)),
                    output.width());
            int width = line.codePointCount(0, line.length());
            output.err().print("\r" + output.style().dim(line) + " ".repeat(Math.max(0, shown - width)));
            output.err().flush();
            shown = Math.max(shown, width);
        } else if (r.lastPlain == 0 || now - r.lastPlain >= cadence.plainEvery().toNanos()) {
            r.lastPlain = now;
            output.err().println(output.redactor().scrub(text.plain(r.what, activity, elapsed)));
            output.err().flush();
        }
    }

    /** Blanks the status line and puts the cursor back at its start. */
    private void erase() {
        synchronized (lock) {
            if (shown == 0) return;
            output.err().print("\r" + " ".repeat(shown) + "\r");
            output.err().flush();
            shown = 0;
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null) return;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running or has run.
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            // A poll in flight ends within the connection's socket timeout; the thread is a daemon either way.
            t.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            // Nothing to do: the server ends the session when the socket closes.
        }
    }
}
