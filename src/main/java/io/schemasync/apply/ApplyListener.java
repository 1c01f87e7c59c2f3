package io.schemasync.apply;

import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.time.Duration;

/** What apply reports while it runs, so the command can print it as it happens. */
public interface ApplyListener {
    /** The plan recomputed under the lock, about to run (not called when it is refused). */
    default void planned(Plan plan) {}

    /** One statement about to be executed. */
    default void executing(String sql) {}

    /**
     * One statement of {@code step} about to be executed: what apply calls. A listener that only needs the SQL
     * implements {@link #executing(String)}.
     */
    default void executing(Step step, String sql) {
        executing(sql);
    }

    /** The statement last announced by {@link #executing(Step, String)} has ended, after {@code elapsed}. */
    default void executed(String sql, Duration elapsed, boolean succeeded) {}

    /** Every statement of a transaction has run; its COMMIT comes next. */
    default void committing() {}

    /** Batch {@code done} of {@code of} (a plan too large for one transaction) committed, with its steps. */
    default void batchCommitted(int done, int of, int steps) {}

    /** Every statement has run, the after-commit phase included; verification (if any) comes next. */
    default void lastStatementRun() {}

    /** Another apply holds the apply lock ({@code holder} says who); this one waits for it to finish. */
    default void waiting(String holder) {}

    /** The lock was busy (SQLSTATE 55P03); apply waits and tries again. */
    default void retrying(int attempt, String reason) {}

    /** Something went wrong that does not change the apply's outcome (its history row could not be completed). */
    default void warning(String message) {}
}
