package io.schemasync.kinds;

/**
 * Where a kind writes the one step a change of its object becomes: its SQL (and the guarded form the replayable
 * script uses), its hazards and its read-only checks of the live rows. The planner turns it into a plan step.
 */
public interface StepOut {
    enum Act { CREATE, ALTER, DROP }

    /** What a person should know before the step runs; the planner's hazards, one for one. */
    enum Risk {
        /** Deletes data or an object that may hold it; refused without --allow-destructive. */
        DESTRUCTIVE,
        /** PostgreSQL cannot do it in place; always refused. */
        UNSUPPORTED,
        /** Rewrites tables under an ACCESS EXCLUSIVE lock. */
        REWRITES_TABLE,
        /** Scans tables under a lock that blocks writes. */
        LOCKS_TABLE,
        /** Worth knowing, not blocking. */
        NOTE,
        /**
         * The object is created anew, owned by the role that applies and with no grants: a note, which the planner
         * leaves out where the plan sets the owner and the grants again (the YAML gives both).
         */
        PRIVILEGES_LOST
    }

    /**
     * What the server the plan is for can do, by its major version (0 when unknown: then only what every
     * supported version can).
     */
    record Capabilities(int serverMajor) {
        /** {@code CREATE OR REPLACE TRIGGER}: PostgreSQL 14. */
        public boolean createOrReplaceTrigger() {
            return serverMajor >= 14;
        }

        /** A range type brings a multirange type along: PostgreSQL 14. */
        public boolean multiranges() {
            return serverMajor >= 14;
        }

        /**
         * {@code ALTER COLUMN ... SET EXPRESSION AS (...)}, which changes a generated column's expression in place:
         * PostgreSQL 17. Before it, the column is dropped and added again (see plan/GeneratedColumns).
         */
        public boolean setGeneratedExpression() {
            return serverMajor >= 17;
        }

        /** Whether the major is known (a plan for a live server); unknown, a step guards what depends on it. */
        public boolean known() {
            return serverMajor > 0;
        }
    }

    default Capabilities server() {
        return new Capabilities(0);
    }

    /** Starts the step; called once per change. */
    Step step(Act act, String summary);

    interface Step {
        /** A statement that is its own guard in the script (IF NOT EXISTS, COMMENT ON, ...). */
        Step sql(String statement);

        /** A statement, and the guarded form the replayable script uses instead. */
        Step sql(String statement, String guarded);

        Step risk(Risk risk, String message);

        /**
         * A read-only query returning one bigint, the number of rows that would make the step fail, and what a
         * non-zero count means ({@code {n}} stands for the count).
         */
        Step check(String countSql, String problem);

        /**
         * A read-only query returning one bigint that the plan shows beside the step and never refuses it for: the
         * rows a drop deletes, a relation's estimated size ({@code {n}} in {@code what} stands for it).
         */
        Step rows(String countSql, String what);
    }
}
