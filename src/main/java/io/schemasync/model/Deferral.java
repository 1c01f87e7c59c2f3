package io.schemasync.model;

/** Whether a constraint can be deferred to commit, and whether it is by default. */
public enum Deferral {
    NOT_DEFERRABLE(""),
    DEFERRABLE_INITIALLY_IMMEDIATE(" DEFERRABLE INITIALLY IMMEDIATE"),
    DEFERRABLE_INITIALLY_DEFERRED(" DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferral(String sql) {
        this.sql = sql;
    }

    /** The clause to append to a constraint definition, with a leading space; empty when not deferrable. */
    public String sql() {
        return sql;
    }
}
