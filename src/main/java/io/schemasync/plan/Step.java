package io.schemasync.plan;

import io.schemasync.diff.Change;

import java.util.List;

/**
 * One step of the plan: what the dry-run shows and what apply runs are the same object.
 *
 * @param action     create, alter or drop, for colour and counts
 * @param summary    what changes, for people: "add (timestamptz, nullable)", "text → varchar(200)"
 * @param statements the SQL apply runs, in order
 * @param script     the same statements guarded so that a script replays safely (IF NOT EXISTS, DO blocks)
 * @param refused    true when the step may not run under the current options (destructive, unsupported)
 * @param recreates  the objects that other steps of the plan drop before this one and create again after it, because
 *                   PostgreSQL cannot make this change while they exist ("view public.active_users")
 */
public record Step(Change change, Action action, String summary, List<String> statements, List<String> script,
                   Phase phase, List<Hazard> hazards, List<Preflight> preflights, boolean refused,
                   List<String> recreates) {
    public enum Action { CREATE, ALTER, DROP }

    public Step {
        statements = List.copyOf(statements);
        script = List.copyOf(script);
        hazards = List.copyOf(hazards);
        preflights = List.copyOf(preflights);
        recreates = List.copyOf(recreates);
    }

    public Step(Change change, Action action, String summary, List<String> statements, List<String> script,
                Phase phase, List<Hazard> hazards, List<Preflight> preflights, boolean refused) {
        this(change, action, summary, statements, script, phase, hazards, preflights, refused, List.of());
    }

    public boolean destructive() {
        return hazards.stream().anyMatch(h -> h.kind() == Hazard.Kind.DESTRUCTIVE);
    }

    /**
     * A statement PostgreSQL refuses inside a transaction block (CREATE / DROP INDEX CONCURRENTLY): after the commit
     * it runs on its own; the other statements there run in short transactions under lock_timeout.
     */
    public static boolean outsideTransaction(String sql) {
        return sql.startsWith("CREATE INDEX CONCURRENTLY ") || sql.startsWith("CREATE UNIQUE INDEX CONCURRENTLY ")
                || sql.startsWith("DROP INDEX CONCURRENTLY ");
    }

    public Step withPreflights(List<Preflight> checked) {
        return new Step(change, action, summary, statements, script, phase, hazards, checked, refused, recreates);
    }
}
