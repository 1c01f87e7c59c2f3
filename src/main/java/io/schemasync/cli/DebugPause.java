package io.schemasync.cli;

import io.schemasync.apply.ApplyListener;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code SCHEMASYNC_DEBUG_PAUSE_AT=N}: apply stops at its Nth statement boundary — before a statement, before a
 * COMMIT, or after the last statement — says so on stderr and waits for a line on stdin before it goes on. The
 * crash tests (docs/reliability.md) kill the process or end its session there. Unset, apply never pauses.
 * <p>
 * Boundaries are counted in the order apply reaches them: each statement it is about to run, each COMMIT (the
 * enum labels committed first, then the transaction, whose boundary comes after its verification before the
 * commit), and the end of the statements, before the verification after the commit.
 */
final class DebugPause implements ApplyListener {
    static final String VARIABLE = "SCHEMASYNC_DEBUG_PAUSE_AT";
    /** What the paused process prints first, followed by the boundary's number. */
    static final String MARKER = "schemasync debug: paused at statement boundary ";

    private final ApplyListener next;
    private final Cli cli;
    private final int at;
    private int boundary;

    private DebugPause(ApplyListener next, Cli cli, int at) {
        this.next = next;
        this.cli = cli;
        this.at = at;
    }

    /** The listener itself when the variable is unset; a number below 1 is a usage error. */
    static ApplyListener wrap(ApplyListener next, Cli cli) {
        String value = cli.env().get(VARIABLE);
        if (!ConnectionSpec.present(value)) return next;
        try {
            int at = Integer.parseInt(value.strip());
            if (at >= 1) return new DebugPause(next, cli, at);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(VARIABLE + " must be a statement boundary number (1, 2, ...), not '" + value + "'");
    }

    @Override
    public void planned(Plan plan) {
        next.planned(plan);
    }

    @Override
    public void executing(String sql) {
        boundary("before " + sql.strip().lines().findFirst().orElse(""));
        next.executing(sql);
    }

    @Override
    public void executing(Step step, String sql) {
        boundary("before " + sql.strip().lines().findFirst().orElse(""));
        next.executing(step, sql);
    }

    @Override
    public void executed(String sql, Duration elapsed, boolean succeeded) {
        next.executed(sql, elapsed, succeeded);
    }

    @Override
    public void committing() {
        boundary("before COMMIT");
        next.committing();
    }

    @Override
    public void lastStatementRun() {
        boundary("after the last statement");
        next.lastStatementRun();
    }

    @Override
    public void batchCommitted(int done, int of, int steps) {
        next.batchCommitted(done, of, steps);
    }

    @Override
    public void waiting(String holder) {
        next.waiting(holder);
    }

    @Override
    public void retrying(int attempt, String reason) {
        next.retrying(attempt, reason);
    }

    @Override
    public void warning(String message) {
        next.warning(message);
    }

    private void boundary(String where) {
        if (++boundary != at) return;
        cli.err().println(MARKER + at + ", " + where + "; waiting for a line on stdin");
        cli.err().flush();
        try {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            // stdin is gone: go on, as after a line
        }
    }
}
