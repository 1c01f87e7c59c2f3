package io.schemasync.cli;

import io.schemasync.catalog.BackendActivity;
import io.schemasync.catalog.BackendActivity.IndexBuild;

import java.time.Duration;
import java.util.List;

/**
 * The text of the progress of a long statement: the status line a terminal shows in place, the plain line a log
 * gets every few seconds, and the time a statement took. Pure, so that it is tested without a server.
 *
 * @param unicode whether the output can print the spinner and the ellipsis (else ASCII)
 */
record ProgressText(boolean unicode) {
    private static final String[] SPINNER = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    private static final String[] ASCII_SPINNER = {"|", "/", "-", "\\"};
    private static final String BUILDING = "building index: ";

    /** {@code  ⠿ building index public.t.i: scanning table 45% (12 s)}, for a terminal; frame turns the spinner. */
    String status(int frame, String what, BackendActivity activity, Duration elapsed) {
        String[] spinner = unicode ? SPINNER : ASCII_SPINNER;
        return "  " + spinner[Math.floorMod(frame, spinner.length)] + " " + withDetail(what, activity) + " ("
                + seconds(elapsed) + ")";
    }

    /** {@code  … 20 s: building index public.t.i: scanning table 45%}, for a log. */
    String plain(String what, BackendActivity activity, Duration elapsed) {
        return "  " + (unicode ? "…" : "...") + " " + seconds(elapsed) + ": " + withDetail(what, activity);
    }

    /** {@code  took 3.4 s: building index public.t.i}, after a statement that took a while. */
    String took(String what, Duration elapsed) {
        return "  took " + tenths(elapsed) + ": " + what;
    }

    /** {@code  failed after 3.4 s: building index public.t.i}, before the failure is reported. */
    String failedAfter(String what, Duration elapsed) {
        return "  failed after " + tenths(elapsed) + ": " + what;
    }

    private static String withDetail(String what, BackendActivity activity) {
        String detail = detail(activity);
        return detail.isEmpty() ? what : what + ": " + detail;
    }

    /** What the server says the statement is doing; empty when it says nothing useful. */
    static String detail(BackendActivity activity) {
        if (activity == null) return "";
        if (activity.indexBuild() != null) return indexBuild(activity.indexBuild());
        if ("Lock".equals(activity.waitEventType())) return lockWait(activity);
        return "";
    }

    /**
     * The phase as pg_stat_progress_create_index names it, without the "building index: " that the line already
     * says, and the counter that phase moves: lockers while waiting for transactions, tuples while loading them
     * into the tree, none while sorting (the counters keep the last phase's numbers), else blocks, else tuples.
     */
    static String indexBuild(IndexBuild b) {
        String phase = b.phase().startsWith(BUILDING) ? b.phase().substring(BUILDING.length()) : b.phase();
        String counter;
        if (b.lockersTotal() > 0) {
            counter = " (" + b.lockersDone() + " of " + b.lockersTotal() + " transactions done"
                    + (b.currentLocker() > 0 ? ", waiting for pid " + b.currentLocker() : "") + ")";
        } else if (phase.contains("sorting")) {
            counter = "";
        } else if (phase.contains("loading tuples") && b.tuplesTotal() > 0) {
            counter = " " + percent(b.tuplesDone(), b.tuplesTotal());
        } else if (b.blocksTotal() > 0) {
            counter = " " + percent(b.blocksDone(), b.blocksTotal());
        } else if (b.tuplesTotal() > 0) {
            counter = " " + percent(b.tuplesDone(), b.tuplesTotal());
        } else {
            counter = "";
        }
        String partitions = b.partitionsTotal() > 0
                ? ", partition " + Math.min(b.partitionsDone() + 1, b.partitionsTotal()) + " of " + b.partitionsTotal()
                : "";
        return phase + counter + partitions;
    }

    private static String lockWait(BackendActivity activity) {
        List<Integer> holders = activity.blockedBy();
        String kind = activity.waitEvent() == null ? "" : " (" + activity.waitEvent() + ")";
        if (holders.isEmpty()) return "waiting for a lock" + kind;
        return "waiting for a lock" + kind + " held by pid " + holders.getFirst()
                + (holders.size() > 1 ? " and " + (holders.size() - 1) + " more" : "");
    }

    /** Rounded down, so that 100% means done. */
    static String percent(long done, long total) {
        return Math.max(0, Math.min(100, done * 100 / total)) + "%";
    }

    /** Whole seconds: {@code 12 s}, {@code 2 min 05 s}, {@code 1 h 02 min}. */
    static String seconds(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) return s + " s";
        if (s < 3600) return s / 60 + " min " + String.format("%02d", s % 60) + " s";
        return s / 3600 + " h " + String.format("%02d", s / 60 % 60) + " min";
    }

    /** Tenths under a minute: {@code 3.4 s}; longer, as {@link #seconds}. */
    static String tenths(Duration d) {
        long tenths = Math.max(0, d.toMillis()) / 100;
        return tenths < 600 ? tenths / 10 + "." + tenths % 10 + " s" : seconds(d);
    }

    /**
     * What fits on one line of a terminal {@code width} columns wide, with no control character: a line that
     * wraps or moves the cursor cannot be overwritten in place. Every character counts as one column.
     */
    String fit(String line, int width) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().map(c -> Character.isISOControl(c) ? '?' : c).forEach(sb::appendCodePoint);
        int max = Math.max(20, width - 1);
        if (sb.codePointCount(0, sb.length()) <= max) return sb.toString();
        String more = unicode ? "…" : "...";
        return sb.substring(0, sb.offsetByCodePoints(0, max - more.length())) + more;
    }
}
