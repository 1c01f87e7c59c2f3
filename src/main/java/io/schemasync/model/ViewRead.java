package io.schemasync.model;

import java.util.Objects;

/**
 * One thing a live view or materialized view reads, as pg_depend records it for the view's rewrite rule: a
 * relation (a column of it, or the whole relation), or a function. PostgreSQL refuses to drop or change the type
 * of what a view reads while the view exists (2BP01 / 0A000), whichever schema the view is in and whether or not
 * the YAML manages it; the planner drops such views before the change and creates them again after it.
 *
 * @param schema       the view's schema
 * @param view         the view's name
 * @param materialized a materialized view
 * @param refSchema    the schema of what it reads
 * @param refName      a relation's name, or a function's name with its argument types ({@code total(bigint)}, as
 *                     {@code oidvectortypes} prints them: the name functions have in the model)
 * @param refColumn    the column of the relation; null for the relation itself or a function
 * @param function     true when it reads a function
 */
public record ViewRead(String schema, String view, boolean materialized, String refSchema, String refName,
                       String refColumn, boolean function) {
    public ViewRead {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(refSchema, "refSchema");
        Objects.requireNonNull(refName, "refName");
    }

    /** The view as the graph names it. */
    public ObjectRef viewRef() {
        return ObjectRef.of(materialized ? ObjectRef.Kind.MATERIALIZED_VIEW : ObjectRef.Kind.VIEW, schema, view);
    }
}
