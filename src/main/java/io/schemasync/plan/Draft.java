package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.plan.Step.Action;

import java.util.ArrayList;
import java.util.List;

/** A step while the planner builds it. */
final class Draft {
    final Change change;
    final Action action;
    final String summary;
    final List<String> statements = new ArrayList<>();
    final List<String> script = new ArrayList<>();
    final List<Hazard> hazards = new ArrayList<>();
    final List<Preflight> preflights = new ArrayList<>();
    /** Checks that refuse the step unless --allow-destructive is given, and what they become when it is. */
    private final List<Preflight> refusedUnlessDestructive = new ArrayList<>();
    private final List<Preflight> toldWhenDestructive = new ArrayList<>();
    Phase phase = Phase.TRANSACTION;
    /** See {@link #concurrentIndex}. */
    boolean buildsConcurrently;
    /** Objects other steps drop before this one and create again after it ({@link Step#recreates}). */
    final List<String> recreates = new ArrayList<>();
    /** The column type change that rewrites the table, where this step has one ({@link OneRewrite}). */
    TypeRewrite rewrite;
    /** The figures of the table's rewrite ({@link ColumnSteps#rewriteFigures}). */
    final List<Preflight> rewriteFigures = new ArrayList<>();

    /**
     * An ALTER COLUMN ... TYPE that rewrites the table: {@code clause} after {@code alterTable}, at {@code statement}
     * in the statements and {@code script} in the script, replayed while {@code guard} holds. The statements before
     * it (DROP DEFAULT, DROP IDENTITY) must run before it.
     */
    record TypeRewrite(String alterTable, String clause, String guard, int statement, int script) {}

    Draft(Change change, Action action, String summary) {
        this.change = change;
        this.action = action;
        this.summary = summary;
    }

    /** A statement that is its own guard (IF NOT EXISTS, IF EXISTS, COMMENT ON, ...). */
    Draft sql(String statement) {
        statements.add(statement);
        script.add(statement);
        return this;
    }

    /** A statement and the guarded form the replayable script uses instead. */
    Draft sql(String statement, String guarded) {
        statements.add(statement);
        script.add(guarded);
        return this;
    }

    /**
     * An index built CONCURRENTLY on the table itself, and its guarded form: a key the plan drops may wait for it
     * after the commit, and go CONCURRENTLY too ({@link KeyGaps}). Not the per-partition builds of a partitioned
     * table's index, which leave the parent's index to attach.
     */
    Draft concurrentIndex(String statement, String guarded) {
        buildsConcurrently = true;
        return sql(statement, guarded);
    }

    /** A statement that only apply runs; the replayable script has its own form of the step. */
    Draft applyOnly(String statement) {
        statements.add(statement);
        return this;
    }

    /** A statement that only the replayable script has. */
    Draft scriptOnly(String statement) {
        script.add(statement);
        return this;
    }

    Draft hazard(Hazard.Kind kind, String message) {
        hazards.add(new Hazard(kind, message));
        return this;
    }

    Draft check(String countSql, String problem) {
        preflights.add(Preflight.check(countSql, problem));
        return this;
    }

    /** Rows the step lets stay although they break what it adds: told as a warning ({@link Preflight#warning}). */
    Draft warning(String countSql, String problem) {
        preflights.add(Preflight.warning(countSql, problem));
        return this;
    }

    /** The rows the step deletes, counted for the plan (never a reason to refuse it). */
    Draft rows(String countSql, String what) {
        preflights.add(Preflight.rows(countSql, what));
        return this;
    }

    /** A figure told with the step ({@link Preflight#figure}). */
    Draft figure(String sql, String what) {
        preflights.add(Preflight.figure(sql, what));
        return this;
    }

    /** A check that passes when the query runs, and fails with the server's error ({@code {error}}) otherwise. */
    Draft castCheck(String sql, String problem) {
        preflights.add(Preflight.cast(sql, problem));
        return this;
    }

    /** A warning about {@code countSql} rows, shown only when {@code expression} calls a volatile function. */
    Draft volatileCheck(String expression, String countSql, String problem) {
        preflights.add(Preflight.whenVolatile(expression, countSql, problem));
        return this;
    }

    /**
     * Rows that the step changes for the worse (a value it removes): without --allow-destructive a finding refuses
     * the step ({@code refused}); with it, the count is told ({@code told}, "{n} rows ...").
     */
    Draft lossCheck(String countSql, String refused, String told) {
        refusedUnlessDestructive.add(Preflight.check(countSql, refused));
        toldWhenDestructive.add(Preflight.rows(countSql, told));
        return this;
    }

    boolean has(Hazard.Kind kind) {
        return hazards.stream().anyMatch(h -> h.kind() == kind);
    }

    Step build(boolean allowDestructive) {
        boolean refused = has(Hazard.Kind.UNSUPPORTED) || has(Hazard.Kind.DESTRUCTIVE) && !allowDestructive;
        List<Preflight> checks = new ArrayList<>(preflights);
        checks.addAll(allowDestructive ? toldWhenDestructive : refusedUnlessDestructive);
        return new Step(change, action, summary, statements, script, phase, hazards, checks, refused, recreates);
    }
}
