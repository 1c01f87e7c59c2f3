package io.schemasync.model;

/**
 * Names one object for people: {@code table public.users}, {@code column public.users.email}.
 *
 * @param table null for objects that do not belong to a table
 */
public record ObjectRef(Kind kind, String schema, String table, String name) {
    public enum Kind {
        SCHEMA("schema"), EXTENSION("extension"), TYPE("type"), SEQUENCE("sequence"), TABLE("table"),
        COLUMN("column"), CONSTRAINT("constraint"), INDEX("index"), VIEW("view"),
        MATERIALIZED_VIEW("materialized view"), FUNCTION("function"), PROCEDURE("procedure"), TRIGGER("trigger"), DOMAIN("domain"), POLICY("policy"),
        /** The Citus distribution of a table (its name is the table's). */
        DISTRIBUTION("distribution"),
        /** A composite or range type (enums are {@link #TYPE}). */
        USER_TYPE("type"),
        OTHER("object");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public static ObjectRef schema(String schema) {
        return new ObjectRef(Kind.SCHEMA, schema, null, schema);
    }

    public static ObjectRef of(Kind kind, String schema, String name) {
        return new ObjectRef(kind, schema, null, name);
    }

    public static ObjectRef inTable(Kind kind, String schema, String table, String name) {
        return new ObjectRef(kind, schema, table, name);
    }

    /** The dotted path: {@code public}, {@code public.users}, {@code public.users.email}. */
    public String path() {
        if (kind == Kind.SCHEMA) return schema;
        if (kind == Kind.TABLE || table == null) return schema + "." + name;
        return schema + "." + table + "." + name;
    }

    @Override
    public String toString() {
        return kind.word() + " " + path();
    }
}
