package io.schemasync.cli;

import io.schemasync.dryrun.Rehearsal;
import io.schemasync.plan.Phase;

import java.io.PrintStream;
import java.time.Duration;

/** How a rehearsal reads: one line per step with its time, the failing step with the server's message. */
final class RehearsalText {
    private RehearsalText() {}

    static void print(PrintStream out, Style style, Rehearsal.Report report, boolean unicode) {
        out.println();
        out.println("Rehearsal (one transaction, rolled back: nothing was changed)");
        for (Rehearsal.Result r : report.results()) {
            String mark = r.failed() ? (unicode ? "✗" : "x") : (unicode ? "✓" : "+");
            String line = "  " + mark + " " + seconds(r.time()) + "  " + r.step().change().target() + "  "
                    + r.step().summary() + (r.step().phase() == Phase.AFTER_COMMIT
                    ? " (rehearsed in its plain form; apply runs it CONCURRENTLY after the commit)" : "");
            out.println(r.failed() ? style.red(line) : line);
            if (r.failed()) {
                out.println(style.red("      " + r.error()));
                out.println(style.dim("      statement: " + r.statement().strip().replace("\n", "\n        ")));
            }
        }
        int notRun = report.steps() - report.results().size();
        String total = "in " + seconds(report.total());
        if (report.passed()) {
            out.println(style.green("Rehearsal passed: " + report.steps() + " step" + (report.steps() == 1 ? "" : "s")
                    + " " + total));
        } else {
            out.println(style.red("Rehearsal failed at step " + report.results().size() + " of " + report.steps()
                    + (notRun > 0 ? " (" + notRun + " not rehearsed)" : "") + " " + total
                    + ": apply would fail there and roll back"));
        }
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%6.2f s", d.toNanos() / 1e9);
    }
}
