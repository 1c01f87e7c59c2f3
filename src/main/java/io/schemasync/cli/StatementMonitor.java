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
 * <p>The thread and the connection are made when first needed and closed by {@link #close}; without a connection
 * (refused, or the server process is not visible, as behind a pooler) only the time is shown.
 */
final class StatementMonitor implements AutoCloseable {
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

    /** The statement being watched; its fields are guarded by the monitor's lock. */
    private static final class Running {
        final String what;
        final long start;
        long nextPoll;
        long lastPlain;
        int frame;

        Running(String what, long start, long nextPoll) {
            this.what = what;
            this.start = start;
            this.nextPoll = nextPoll;
        }
    }

    /** How the second connection names itself in pg_stat_activity. */
    static final String APPLICATION_NAME = "schemasync progress";

    private final Object lock = new Object();
    private final Output output;
    private final Cadence cadence;
    private final Connector connector;
    private final int pid;
    private Running current;
    private boolean closed;
    private Thread thread;
    private Thread shutdownHook;
    private int shown;
    /** Used by the monitor's thread; set and cleared under the lock, so that close() never misses it. */
    private Connection connection;
    /** Touched only by the monitor's thread. */
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
     * Watches apply's connection to {@code db}: its server process is read now, before apply makes it busy; the
     * second connection is opened only when a statement runs long.
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
            long now = System.nanoTime();
            current = new Running(what, now, now + cadence.showAfter().toNanos());
            if (thread == null) startThread();
            lock.notifyAll();
        }
    }

    /** The statement has ended: its status line is erased before anything else is printed. */
    void stop() {
        synchronized (lock) {
            current = null;
            erase();
            lock.notifyAll();
        }
    }

    /** Stops the thread and closes the second connection; the status line is erased. */
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
        closeConnection();
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
            while (true) {
                Running r = nextDue();
                if (r == null) return;
                BackendActivity activity = poll();
                synchronized (lock) {
                    if (current == r) show(r, activity);
                }
            }
        } catch (InterruptedException e) {
            // close() interrupts a thread that waits: it ends.
        } finally {
            closeConnection();
        }
    }

    /** Waits until the current statement is due for a poll; null once closed. */
    private Running nextDue() throws InterruptedException {
        synchronized (lock) {
            while (true) {
                if (closed) return null;
                if (current == null) {
                    lock.wait();
                    continue;
                }
                long wait = current.nextPoll - System.nanoTime();
                if (wait <= 0) {
                    current.nextPoll = System.nanoTime() + cadence.poll().toNanos();
                    return current;
                }
                lock.wait(Math.max(1, wait / 1_000_000));
            }
        }
    }

    /** What apply's server process is doing; null when that cannot be known, which is never an error. */
    private BackendActivity poll() {
        if (unreachable) return null;
        try {
            Connection c = connection();
            return c == null ? null : BackendActivity.read(c, pid).orElse(null);
        } catch (SQLException | RuntimeException e) {
            // Progress is a courtesy: without the second connection apply goes on and the time is still shown.
            unreachable = true;
            closeConnection();
            return null;
        }
    }

    /** The second connection, opened on first use; null once closed (a connection opened too late is closed). */
    private Connection connection() throws SQLException {
        synchronized (lock) {
            if (connection != null || closed) return connection;
        }
        Connection opened = connector.open();
        synchronized (lock) {
            if (!closed) {
                connection = opened;
                return opened;
            }
        }
        opened.close();
        return null;
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

    private void closeConnection() {
        Connection c;
        synchronized (lock) {
            c = connection;
            connection = null;
        }
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            // Nothing to do: the server ends the session when the socket closes.
        }
    }
}
