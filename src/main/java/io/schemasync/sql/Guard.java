package io.schemasync.sql;

/** Guards for the replayable script: PostgreSQL has no IF NOT EXISTS for constraints, types or renames. */
public final class Guard {
    private Guard() {}

    /** A DO block that runs {@code statement} only when {@code condition} holds. */
    public static String doIf(String condition, String statement) {
        String tag = "$schemasync$";
        for (int n = 1; statement.contains(tag) || condition.contains(tag); n++) tag = "$schemasync" + n + "$";
        return "DO " + tag + "\nBEGIN\n  IF " + condition + " THEN\n    " + statement.replace("\n", "\n    ")
                + ";\n  END IF;\nEND\n" + tag;
    }

    /**
     * For the replayable script, before {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}: an INVALID index of that name
     * (what an interrupted concurrent build leaves) would make IF NOT EXISTS skip the build, so it is renamed aside
     * (ALTER INDEX ... RENAME takes only a SHARE UPDATE EXCLUSIVE lock since PostgreSQL 12) and dropped
     * CONCURRENTLY, which a DO block cannot run; a valid index is left alone, so the script replays safely.
     */
    public static java.util.List<String> invalidIndexAside(String schema, String name) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update((schema + "." + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String aside = String.format("schemasync_invalid_%08x", crc.getValue());
        return java.util.List.of(doIf("EXISTS (SELECT 1 FROM pg_catalog.pg_index WHERE indexrelid = "
                        + relation(schema, name) + " AND NOT indisvalid)",
                        "ALTER INDEX " + Sql.qualified(schema, name) + " RENAME TO " + Sql.quote(aside)),
                "DROP INDEX CONCURRENTLY IF EXISTS " + Sql.qualified(schema, aside));
    }

    public static String relation(String schema, String name) {
        return "to_regclass(" + Sql.literal(Sql.qualified(schema, name)) + ")";
    }

    public static String constraintExists(String schema, String table, String name) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation(schema, table)
                + " AND conname = " + Sql.literal(name) + ")";
    }

    /** The constraint is there and NOT VALID (pg_constraint.convalidated is false). */
    public static String constraintNotValidated(String schema, String table, String name) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation(schema, table)
                + " AND conname = " + Sql.literal(name) + " AND NOT convalidated)";
    }

    /** The column is marked NOT NULL (on PostgreSQL 18 also by a NOT NULL constraint that is NOT VALID). */
    public static String notNull(String schema, String table, String column) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = " + relation(schema, table)
                + " AND attname = " + Sql.literal(column) + " AND attnotnull)";
    }

    /** An INVALID index of that name is there (an interrupted CREATE or DROP INDEX CONCURRENTLY left it). */
    public static String invalidIndex(String schema, String name) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_index WHERE indexrelid = " + relation(schema, name)
                + " AND NOT indisvalid)";
    }

    public static String typeExists(String schema, String name) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = " + Sql.literal(schema) + " AND t.typname = " + Sql.literal(name) + ")";
    }

    /**
     * The column's type, as format_type prints it, is not {@code type}: ALTER COLUMN TYPE replayed to the type the
     * column already has is not a no-op (it rewrites, and PostgreSQL refuses it under a view).
     */
    public static String columnTypeIsNot(String schema, String table, String column, String type) {
        return "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = " + relation(schema, table)
                + " AND attname = " + Sql.literal(column) + " AND pg_catalog.format_type(atttypid, atttypmod) = "
                + Sql.literal(type) + ")";
    }

    public static String columnExists(String schema, String table, String column) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = " + relation(schema, table)
                + " AND attname = " + Sql.literal(column) + " AND NOT attisdropped)";
    }
}
