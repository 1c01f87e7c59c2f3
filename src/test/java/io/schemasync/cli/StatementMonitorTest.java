package io.schemasync.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitor's thread and output, without a server: its second connection cannot be opened, so it shows the time
 * only (as it does when the server refuses one). The cadence is shortened so that the test takes little time.
 */
class StatementMonitorTest {
    private static final StatementMonitor.Cadence FAST = new StatementMonitor.Cadence(Duration.ofMillis(100),
            Duration.ofMillis(20), Duration.ofMillis(300));

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger opened = new AtomicInteger();

    private StatementMonitor monitor(boolean inPlace) {
        var output = new StatementMonitor.Output(new PrintStream(err, true, StandardCharsets.UTF_8), new Redactor(),
                new Style(false), new ProgressText(true), inPlace, 80);
        return new StatementMonitor(output, FAST, () -> {
            opened.incrementAndGet();
            throw new SQLException("connection refused");
        }, 4242);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(5);
        }
    }

    @Test
    void aLogGetsAPlainLineAtMostEveryInterval() throws Exception {
        try (StatementMonitor m = monitor(false)) {
            long start = System.nanoTime();
            m.start("rewriting public.orders");
            await(() -> err().split("\n", -1).length > 2);
            m.stop();
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            String[] lines = err().split("\n");
            assertTrue(lines.length <= 1 + elapsed / 300, elapsed + " ms: " + err());
            for (String line : lines) assertTrue(line.matches("  … \\d+ s: rewriting public\\.orders"), line);
            assertFalse(err().contains("\r"), err());
        }
    }

    @Test
    void aTerminalLineIsRewrittenInPlaceThenErased() throws Exception {
        StatementMonitor m = monitor(true);
        m.start("validating constraint public.orders.fk");
        await(() -> err().split("\r", -1).length > 3);
        m.stop();
        String out = err();
        assertTrue(out.startsWith("\r  ⠋ validating constraint public.orders.fk (0 s)\r  ⠙ validating"), out);
        String blank = " ".repeat("  ⠋ validating constraint public.orders.fk (0 s)".length());
        assertTrue(out.endsWith("\r" + blank + "\r"), out);
        assertFalse(out.contains("\n"), out);
        m.close();
        assertEquals(out, err(), "nothing after the line was erased");
        assertFalse(m.threadAlive());
    }

    /**
     * The second connection is opened only for a statement that runs long, and after it failed once never again:
     * the progress is a courtesy, never a reason to hammer a server that refuses connections.
     */
    @Test
    void theConnectionIsOpenedOnlyWhenNeededAndTriedOnce() throws Exception {
        try (StatementMonitor m = monitor(false)) {
            m.start("quick");
            m.stop();
            Thread.sleep(200);
            assertEquals(0, opened.get());
            assertEquals("", err());
            for (int i = 0; i < 2; i++) {
                m.start("long " + i);
                int statement = i;
                await(() -> err().contains("long " + statement));
                m.stop();
            }
            assertEquals(1, opened.get());
        }
    }

    @Test
    void closingStopsTheThreadAndAClosedMonitorStaysQuiet() throws Exception {
        StatementMonitor idle = monitor(false);
        idle.close();
        assertFalse(idle.threadAlive(), "no statement, no thread");

        StatementMonitor m = monitor(true);
        m.start("building index public.t.i");
        await(() -> err().contains("building index"));
        m.close();
        assertFalse(m.threadAlive());
        String erased = err();
        assertTrue(erased.endsWith("\r"), erased);
        m.start("after close");
        Thread.sleep(200);
        assertEquals(erased, err());
    }
}
