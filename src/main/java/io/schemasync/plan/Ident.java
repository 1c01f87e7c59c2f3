package io.schemasync.plan;

import io.schemasync.model.ObjectRef;
import io.schemasync.sql.TypeName;

/**
 * An object as the dependency graph tracks it. Tables, sequences and indexes share one namespace per schema
 * (pg_class), enums, domains and tables' row types another (pg_type).
 *
 * @param schema null when the reference does not say (an unqualified type name): it matches any schema
 * @param table  for columns and constraints, the table; otherwise null
 */
record Ident(Space space, String schema, String table, String name) {
    enum Space { SCHEMA, EXTENSION, RELATION, TYPE, COLUMN, CONSTRAINT, VALIDATED, NOT_NULL, KEY, OBJECT }

    static Ident schema(String name) {
        return new Ident(Space.SCHEMA, name, null, name);
    }

    static Ident relation(String schema, String name) {
        return new Ident(Space.RELATION, schema, null, name);
    }

    static Ident type(String schema, String name) {
        return new Ident(Space.TYPE, schema, null, name);
    }

    /** The type a column or domain is declared with; an unqualified name may be in any schema. */
    static Ident typeOf(String declared) {
        TypeName t = TypeName.of(declared);
        return type(t.schema(), t.name());
    }

    static Ident column(String schema, String table, String name) {
        return new Ident(Space.COLUMN, schema, table, name);
    }

    /**
     * "The table has a primary key, unique constraint or unique index on these columns" (in any order): what a
     * foreign key referencing them needs.
     */
    static Ident key(String schema, String table, java.util.Collection<String> columns) {
        return new Ident(Space.KEY, schema, table, String.join("\0", new java.util.TreeSet<>(columns)));
    }

    /** The constraint is validated (it was added NOT VALID by an earlier step). */
    static Ident validated(String schema, String table, String constraint) {
        return new Ident(Space.VALIDATED, schema, table, constraint);
    }

    /** The column is NOT NULL, made so by a step of the plan (what ADD PRIMARY KEY USING INDEX needs first). */
    static Ident notNull(String schema, String table, String column) {
        return new Ident(Space.NOT_NULL, schema, table, column);
    }

    /** The identity of what an {@link ObjectRef} names. */
    static Ident of(ObjectRef ref) {
        return switch (ref.kind()) {
            case SCHEMA -> schema(ref.schema());
            case EXTENSION -> new Ident(Space.EXTENSION, ref.schema(), null, ref.name());
            case TYPE, DOMAIN, USER_TYPE -> type(ref.schema(), ref.name());
            case SEQUENCE, TABLE, VIEW, MATERIALIZED_VIEW -> relation(ref.schema(), ref.name());
            case INDEX -> relation(ref.schema(), ref.name());
            case COLUMN -> column(ref.schema(), ref.table(), ref.name());
            case CONSTRAINT -> new Ident(Space.CONSTRAINT, ref.schema(), ref.table(), ref.name());
            case FUNCTION, PROCEDURE, TRIGGER, POLICY, DISTRIBUTION, OTHER -> new Ident(Space.OBJECT, ref.schema(), ref.table(),
                    ref.kind().word() + " " + ref.name());
        };
    }

    /** Same object: an unknown schema matches any. */
    boolean matches(Ident other) {
        return space == other.space && name.equals(other.name) && java.util.Objects.equals(table, other.table)
                && (schema == null || other.schema == null || schema.equals(other.schema));
    }

    /** The key the graph indexes identities by (everything but the schema, which may be unknown). */
    String bucket() {
        return space + "\0" + (table == null ? "" : table) + "\0" + name;
    }
}
