package io.schemasync.dryrun;

import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;
import io.schemasync.sql.Lexer;
import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code plan --rehearse}: the whole plan run against the target inside one transaction that is always rolled
 * back, step by step with each step's time, stopping at the first step the server refuses — what apply would
 * meet, found on a clone of production before production. Steps apply runs outside the transaction run inside it
 * in their plain form ({@code CREATE INDEX} for {@code CREATE INDEX CONCURRENTLY}), so their time is that of the
 * plain form, which blocks writes (on a clone, nobody writes). The rehearsal takes the same locks as apply, each
 * waited for at most the lock timeout.
 */
public final class Rehearsal {
    private static final String UNSAFE_NEW_ENUM_VALUE = "55P04";

    private Rehearsal() {}

    /**
     * One step of the rehearsal.
     *
     * @param error the server's message when the step failed; null when it ran
     */
    public record Result(Step step, Duration time, String error, String statement) {
        public boolean failed() {
            return error != null;
        }
    }

    /** The steps that ran, the failing one last; the transaction was rolled back either way. */
    public record Report(List<Result> results, int steps, Duration total) {
        public boolean passed() {
            return results.stream().noneMatch(Result::failed) && results.size() == steps;
        }
    }

    /** Told of each statement as the rehearsal runs it, so that a long one can be shown while it runs. */
    public interface Watcher {
        Watcher NONE = new Watcher() {};

        /** {@code sql} (the plain form of a statement of {@code step}) is about to run. */
        default void running(Step step, String sql) {}

        /** The statement last announced has ended, whether it ran or failed. */
        default void ran(String sql) {}
    }

    /** Runs the plan's steps in a transaction that is rolled back; the connection is left in autocommit. */
    public static Report run(Connection c, Plan plan, Duration lockTimeout) throws SyncException {
        return run(c, plan, lockTimeout, Watcher.NONE);
    }

    /** The same, telling {@code watcher} of every statement. */
    public static Report run(Connection c, Plan plan, Duration lockTimeout, Watcher watcher) throws SyncException {
        List<Result> results = new ArrayList<>();
        long start = System.nanoTime();
        try {
            DryRun.sessionSettings(c);
            c.setAutoCommit(false);
            try (Sender st = new Sender(c)) {
                st.execute("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'");
                if (Plan.definesRoutines(plan.steps())) st.execute("SET LOCAL check_function_bodies = off");
                for (Step step : plan.steps()) {
                    long t0 = System.nanoTime();
                    String failed = null;
                    String error = null;
                    for (String sql : step.statements()) {
                        String plain = plainForm(sql);
                        watcher.running(step, plain);
                        try {
                            st.execute(plain);
                        } catch (SQLException e) {
                            failed = plain;
                            error = message(e);
                            break;
                        } finally {
                            watcher.ran(plain);
                        }
                    }
                    results.add(new Result(step, Duration.ofNanos(System.nanoTime() - t0), error, failed));
                    if (error != null) break;
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SyncException.failure("cannot rehearse the plan", null, e);
        }
        return new Report(results, plan.steps().size(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String message(SQLException e) {
        String first = SyncException.serverMessage(e).lines().findFirst().orElse("");
        if (UNSAFE_NEW_ENUM_VALUE.equals(e.getSQLState())) {
            return first + " (a label this plan adds cannot be used in the transaction that adds it: apply commits"
                    + " new labels first, a rehearsal cannot; the steps after this one were not rehearsed)";
        }
        return first;
    }

    /**
     * The statement as it can run inside a transaction: {@code CONCURRENTLY} right after {@code INDEX} dropped
     * (CREATE [UNIQUE] INDEX, DROP INDEX, REINDEX INDEX). Read token by token: a quoted name that reads
     * "concurrently" is a name, not the keyword.
     */
    static String plainForm(String sql) {
        List<Token> tokens = Lexer.tokens(sql);
        String previousWord = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.SPACE || t.kind() == Kind.COMMENT) continue;
            String word = t.kind() == Kind.WORD ? sql.substring(t.start(), t.end()).toLowerCase(Locale.ROOT) : null;
            if ("concurrently".equals(word) && "index".equals(previousWord)) {
                int end = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.SPACE ? tokens.get(i + 1).end() : t.end();
                return sql.substring(0, t.start()) + sql.substring(end);
            }
            previousWord = word;
        }
        return sql;
    }
}
