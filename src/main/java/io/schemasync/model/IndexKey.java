package io.schemasync.model;

/**
 * One key of an index.
 *
 * @param expression a column name (when {@code column} is true) or an expression's SQL text
 * @param collation  null for the default
 * @param opclass    null for the type's default operator class
 * @param nullsFirst the effective NULLS ordering (PostgreSQL's default is NULLS FIRST for DESC, LAST for ASC)
 */
public record IndexKey(String expression, boolean column, String collation, String opclass, boolean descending,
                       boolean nullsFirst) {
    public IndexKey {
        java.util.Objects.requireNonNull(expression, "index key");
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, true, null, null, false, false);
    }
}
