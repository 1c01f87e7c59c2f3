package io.schemasync.catalog;

/**
 * The server we talk to and what it can do. Version differences live here, not in {@code if} chains.
 *
 * @param versionNum {@code server_version_num}, e.g. 170011
 * @param version    {@code server_version}, e.g. "17.11"
 * @param extensions the extensions installed in the database (pg_extension), whatever their schema: kinds that
 *                   read an extension's catalogs ({@code citus}) are read only where it is installed
 */
public record ServerInfo(int versionNum, String version, java.util.Set<String> extensions) {
    public ServerInfo {
        java.util.Objects.requireNonNull(version, "server version");
        extensions = java.util.Set.copyOf(extensions);
    }

    public ServerInfo(int versionNum, String version) {
        this(versionNum, version, java.util.Set.of());
    }

    public boolean hasExtension(String name) {
        return extensions.contains(name);
    }

    public int major() {
        return versionNum / 10000;
    }

    /** UNIQUE ... NULLS NOT DISTINCT and pg_index.indnullsnotdistinct (PostgreSQL 15). */
    public boolean supportsNullsNotDistinct() {
        return major() >= 15;
    }

    /** A column's COMPRESSION pglz | lz4, pg_attribute.attcompression (PostgreSQL 14). */
    public boolean supportsColumnCompression() {
        return major() >= 14;
    }

    /** DROP DATABASE ... WITH (FORCE) (PostgreSQL 13). */
    public boolean supportsDropDatabaseForce() {
        return major() >= 13;
    }

    /** ALTER TABLE ... ALTER COLUMN ... SET EXPRESSION AS (...) for generated columns (PostgreSQL 17). */
    public boolean supportsSetGeneratedExpression() {
        return major() >= 17;
    }

    /**
     * PostgreSQL 18 records NOT NULL as constraints in pg_constraint (contype 'n'), and its GENERATED ALWAYS AS
     * (...) without STORED makes a virtual column.
     */
    public boolean hasNotNullConstraints() {
        return major() >= 18;
    }

    /** GENERATED ALWAYS AS (...) VIRTUAL, and VIRTUAL is the default kind of generated column (PostgreSQL 18). */
    public boolean supportsVirtualGeneratedColumns() {
        return major() >= 18;
    }

    /** The MAINTAIN privilege on tables (VACUUM, ANALYZE, REINDEX, ... by others than the owner; PostgreSQL 17). */
    public boolean supportsMaintainPrivilege() {
        return major() >= 17;
    }

    /** What GRANT ALL gives on an object of the kind on this server, in the order GRANT lists them. */
    public java.util.List<String> privileges(io.schemasync.model.ObjectRef.Kind kind) {
        return io.schemasync.model.Privilege.Privileges.of(kind).stream()
                .filter(p -> supportsMaintainPrivilege() || !p.equals("maintain")).toList();
    }

    @Override
    public String toString() {
        return "PostgreSQL " + version;
    }
}
