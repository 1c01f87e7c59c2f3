package io.schemasync.cli;

import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyResult;
import io.schemasync.server.SyncException;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import io.schemasync.render.MarkdownRenderer;
import io.schemasync.render.Refusals;
import io.schemasync.render.TextRenderer;

import java.time.Duration;

/**
 * What apply prints: the plan it is about to run, each statement as it runs (dim), and the outcome on stdout; on
 * stderr, what a long statement is doing while it runs (see {@link StatementMonitor}) and how long it took.
 */
final class ApplyProgress implements ApplyListener {
    /** A statement that took this long is followed by the time it took. */
    static final Duration LONG = Duration.ofSeconds(1);

    private final Cli cli;
    private final Style style;
    private final String target;
    private final boolean verbose;
    private final StatementMonitor monitor;
    private final ProgressText text;
    private Plan shown;
    private int executed;
    /** What the running statement does, for people; null between statements. */
    private String running;

    ApplyProgress(Cli cli, Style style, String target) {
        this(cli, style, target, false, null);
    }

    /** @param monitor shows what a long statement is doing; null shows only the time it took */
    ApplyProgress(Cli cli, Style style, String target, boolean verbose, StatementMonitor monitor) {
        this.cli = cli;
        this.style = style;
        this.target = target;
        this.verbose = verbose;
        this.monitor = monitor;
        this.text = new ProgressText(cli.errUnicode());
    }

    @Override
    public void planned(Plan plan) {
        show(plan);
    }

    @Override
    public void executing(String sql) {
        executed++;
        String statement = sql.strip().endsWith(";") ? sql.strip() : sql.strip() + ";";
        cli.out().println(style.dim("  " + statement.replace("\n", "\n  ")));
        cli.out().flush();
    }

    @Override
    public void executing(Step step, String sql) {
        executing(sql);
        running = StatementWork.describe(step, sql);
        if (monitor != null) monitor.start(running);
    }

    /** The status line is gone before anything else is printed; a long statement says how long it took. */
    @Override
    public void executed(String sql, Duration elapsed, boolean succeeded) {
        if (monitor != null) monitor.stop();
        if (running != null && elapsed.compareTo(LONG) >= 0) {
            cli.error(style.dim(succeeded ? text.took(running, elapsed) : text.failedAfter(running, elapsed)));
        }
        running = null;
    }

    @Override
    public void waiting(String holder) {
        cli.error("another schemasync apply is running on this database (" + holder + "); waiting for it to finish");
    }

    @Override
    public void warning(String message) {
        cli.error("warning: " + message);
    }

    @Override
    public void retrying(int attempt, String reason) {
        cli.error("lock busy (attempt " + attempt + "): " + reason + "; retrying");
    }

    private void show(Plan plan) {
        if (shown != null) return;
        shown = plan;
        String text = TextRenderer.render(plan, target, new TextRenderer.Look(style.color(), verbose, cli.unicode()));
        cli.out().print(PlanCommand.withNewline(text.replaceFirst("schemasync plan", "schemasync apply")));
        cli.out().flush();
    }

    Exit finished(ApplyResult result, Duration elapsed) {
        return finished(result, elapsed, true);
    }

    /** The outcome line; without verification apply cannot claim the database is in sync. */
    Exit finished(ApplyResult result, Duration elapsed, boolean verified) {
        show(result.plan());
        if (result.plan().hasRefusals()) return refused(result.plan());
        if (!result.applied()) {
            cli.out().println("Nothing to do: database is in sync");
            return Exit.OK;
        }
        cli.out().println(style.green("Applied " + result.executed() + " statement" + (result.executed() == 1 ? "" : "s")
                + " in " + elapsed.toMillis() + " ms" + (verified ? "; database is in sync" : " (not verified: --no-verify)")));
        return Exit.OK;
    }

    /** A plan too large for one transaction commits in batches; each one is in the database once said. */
    @Override
    public void batchCommitted(int done, int of, int steps) {
        cli.error(style.dim("  committed batch " + done + " of " + of + " (" + Counts.of(steps, "step") + ")"));
    }

    /**
     * Appends the outcome and the plan that ran (the one computed under the lock; none when apply failed before
     * planning) to GitHub Actions' job summary, when there is one.
     */
    void summary(String outcome) {
        Plan plan = shown;
        StepSummary.append(cli, () -> "#### schemasync apply: " + MarkdownRenderer.escape(outcome) + "\n\n"
                + (plan != null ? MarkdownRenderer.render(plan, target) : ""));
    }

    /** Says why, per reason: only steps refused for want of the flag are sent to --allow-destructive. */
    private Exit refused(Plan plan) {
        String advice = String.join(" ", Refusals.advice(plan, "run apply with --allow-destructive"));
        cli.err().println(style.red(("Refused: nothing was applied. " + advice).strip()));
        return Exit.REFUSED;
    }

    /**
     * A statement failed, or verification did: say which, what the server said, and what state the database is in.
     * What was committed comes from the exception, never from guessing at the message or the statement.
     */
    void failed(SyncException e) {
        FailureText text = FailureText.of(e);
        cli.error(style.red("apply failed: " + text.headline()));
        text.hint().ifPresent(hint -> cli.error("  hint: " + hint));
        if (e.statement() != null) cli.error("  statement: " + e.statement().strip().replace("\n", "\n    "));
        if (e.committed().isPresent()) {
            CommittedText.lines(e.committed().get()).forEach(cli::error);
        } else if (e.statement() != null || executed == 0) {
            cli.error("nothing was applied (rolled back)");
        }
    }
}
