package io.schemasync.model;

import java.util.Objects;

/**
 * One thing a live view or materialized view reads, as pg_depend records it for the view's rewrite rule: a
 * relation (a column of it, or the whole relation), or a function. PostgreSQL refuses to drop or change the type
 * of what a view reads while the view exists (2BP01 / 0A000), whichever schema the view is in and whether or not
 * the YAML manages it; the planner drops such views before the change and creates them again after it. A routine
 * with a SQL-standard body (BEGIN ATOMIC, RETURN; PostgreSQL 14) is kept parsed with the same dependencies, and
 * is read and handled the same way.
 *
 * @param schema       the view's schema
 * @param view         the view's name, or the routine's with its argument types ({@code total_for(bigint)})
 * @param materialized a materialized view
 * @param refSchema    the schema of what it reads
 * @param refName      a relation's name, or a function's name with its argument types ({@code total(bigint)}, as
 *                     {@code oidvectortypes} prints them: the name functions have in the model)
 * @param refColumn    the column of the relation; null for the relation itself or a function
 * @param function     true when it reads a function
 * @param reader       what reads it: a view, a materialized view, a function or a procedure
 */
public record ViewRead(String schema, String view, boolean materialized, String refSchema, String refName,
                       String refColumn, boolean function, ObjectRef.Kind reader) {
    public ViewRead {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(refSchema, "refSchema");
        Objects.requireNonNull(refName, "refName");
        Objects.requireNonNull(reader, "reader");
    }

    /** What a view or materialized view reads. */
    public ViewRead(String schema, String view, boolean materialized, String refSchema, String refName,
                    String refColumn, boolean function) {
        this(schema, view, materialized, refSchema, refName, refColumn, function,
                materialized ? ObjectRef.Kind.MATERIALIZED_VIEW : ObjectRef.Kind.VIEW);
    }

    /** The reader's kind by pg_class.relkind ('v', 'm') or pg_proc.prokind ('f', 'p'). */
    public static ObjectRef.Kind reader(String code) {
        return switch (code) {
            case "m" -> ObjectRef.Kind.MATERIALIZED_VIEW;
            case "f" -> ObjectRef.Kind.FUNCTION;
            case "p" -> ObjectRef.Kind.PROCEDURE;
            default -> ObjectRef.Kind.VIEW;
        };
    }

    /** A routine with a SQL-standard body, not a view, reads it. */
    public boolean byRoutine() {
        return reader == ObjectRef.Kind.FUNCTION || reader == ObjectRef.Kind.PROCEDURE;
    }

    /** The reader as the graph names it (a routine by its name with its argument types, as the model names it). */
    public ObjectRef viewRef() {
        return ObjectRef.of(reader, schema, view);
    }
}
