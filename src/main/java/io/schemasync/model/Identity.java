package io.schemasync.model;

/** GENERATED ALWAYS / BY DEFAULT AS IDENTITY. */
public enum Identity {
    ALWAYS("ALWAYS"),
    BY_DEFAULT("BY DEFAULT");

    private final String sql;

    Identity(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
