package io.schemasync.cli;

import io.schemasync.catalog.BackendActivity;
import io.schemasync.catalog.BackendActivity.IndexBuild;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines of a long statement's progress, from what pg_stat_activity and pg_stat_progress_create_index say. */
class ProgressTextTest {
    private static final String WHAT = "building index public.orders.orders_status_idx";
    private final ProgressText unicode = new ProgressText(true);
    private final ProgressText ascii = new ProgressText(false);

    private static BackendActivity building(String phase, long blocksTotal, long blocksDone, long tuplesTotal,
                                            long tuplesDone) {
        return new BackendActivity(null, null, List.of(),
                new IndexBuild(phase, blocksTotal, blocksDone, tuplesTotal, tuplesDone, 0, 0, 0, 0, 0));
    }

    @Test
    void aTerminalLineTurnsASpinnerAndCountsSeconds() {
        BackendActivity scanning = building("building index: scanning table", 2000, 900, 0, 0);
        assertEquals("  ⠋ building index public.orders.orders_status_idx: scanning table 45% (12 s)",
                unicode.status(0, WHAT, scanning, Duration.ofMillis(12_400)));
        assertEquals("  ⠙ building index public.orders.orders_status_idx: scanning table 45% (13 s)",
                unicode.status(1, WHAT, scanning, Duration.ofSeconds(13)));
        assertEquals("  / building index public.orders.orders_status_idx: scanning table 45% (12 s)",
                ascii.status(1, WHAT, scanning, Duration.ofSeconds(12)));
        assertEquals("  | rewriting public.orders (2 min 05 s)", ascii.status(4, "rewriting public.orders", null,
                Duration.ofSeconds(125)));
    }

    @Test
    void aLogLineSaysTheTimeFirst() {
        BackendActivity loading = building("building index: loading tuples in tree", 0, 0, 3_000_000, 2_999_999);
        assertEquals("  … 20 s: building index public.orders.orders_status_idx: loading tuples in tree 99%",
                unicode.plain(WHAT, loading, Duration.ofSeconds(20)));
        assertEquals("  ... 1 h 02 min: validating constraint public.orders.fk",
                ascii.plain("validating constraint public.orders.fk", null, Duration.ofSeconds(3725)));
    }

    @Test
    void theTimeAStatementTookHasTenthsUnderAMinute() {
        assertEquals("  took 3.4 s: rewriting public.orders", ascii.took("rewriting public.orders", Duration.ofMillis(3_470)));
        assertEquals("  took 1 min 00 s: rewriting public.orders", ascii.took("rewriting public.orders", Duration.ofSeconds(60)));
        assertEquals("  failed after 1.0 s: rewriting public.orders",
                unicode.failedAfter("rewriting public.orders", Duration.ofMillis(1_000)));
    }

    /** Each phase moves its own counter; a phase without one shows none; the "building index: " is said once. */
    @Test
    void phasesOfAnIndexBuild() {
        assertEquals("sorting live tuples",
                ProgressText.detail(building("building index: sorting live tuples", 2000, 2000, 3_000_000, 0)));
        assertEquals("loading tuples in tree 33%",
                ProgressText.detail(building("building index: loading tuples in tree", 2000, 2000, 3_000_000, 1_000_000)));
        assertEquals("index validation: sorting tuples",
                ProgressText.detail(building("index validation: sorting tuples", 10, 10, 0, 0)));
        assertEquals("index validation: scanning table 100%",
                ProgressText.detail(building("index validation: scanning table", 10, 12, 0, 0)));
        assertEquals("initializing 0%", ProgressText.detail(building("initializing", 10, 0, 0, 0)));
        BackendActivity waiting = new BackendActivity("Lock", "virtualxid", List.of(),
                new IndexBuild("waiting for writers before build", 0, 0, 0, 0, 3, 1, 4242, 0, 0));
        assertEquals("waiting for writers before build (1 of 3 transactions done, waiting for pid 4242)",
                ProgressText.detail(waiting));
        BackendActivity partitioned = new BackendActivity(null, null, List.of(),
                new IndexBuild("building index: scanning table", 100, 50, 0, 0, 0, 0, 0, 4, 1));
        assertEquals("scanning table 50%, partition 2 of 4", ProgressText.detail(partitioned));
    }

    @Test
    void aStatementThatWaitsForALockSaysWhoHoldsIt() {
        assertEquals("waiting for a lock (relation) held by pid 77 and 1 more",
                ProgressText.detail(new BackendActivity("Lock", "relation", List.of(77, 78), null)));
        assertEquals("waiting for a lock (advisory)",
                ProgressText.detail(new BackendActivity("Lock", "advisory", List.of(), null)));
        assertEquals("", ProgressText.detail(new BackendActivity("IO", "DataFileRead", List.of(), null)));
        assertEquals("", ProgressText.detail(null));
    }

    @Test
    void percentagesRoundDownAndStayInRange() {
        assertEquals("0%", ProgressText.percent(1, 1000));
        assertEquals("99%", ProgressText.percent(999, 1000));
        assertEquals("100%", ProgressText.percent(1000, 1000));
        assertEquals("100%", ProgressText.percent(1200, 1000));
    }

    /** A status line that wrapped, or held a carriage return from a name, could not be rewritten in place. */
    @Test
    void aStatusLineFitsTheTerminal() {
        String line = "  ⠋ building index public.orders.a_very_long_index_name_that_goes_on: scanning table 45% (12 s)";
        assertEquals(39, unicode.fit(line, 40).codePointCount(0, unicode.fit(line, 40).length()));
        assertEquals("  ⠋ building index public.orders.a_ver…", unicode.fit(line, 40));
        assertEquals("  ⠋ building index public.orders.a_v...", ascii.fit(line, 40));
        assertEquals("  | rewriting public.??[2Jx (1 s)", ascii.fit("  | rewriting public.\r\u001B[2Jx (1 s)", 80));
        assertEquals(line, unicode.fit(line, 200));
    }
}
