package io.schemasync.model;

/**
 * What a column says beyond its type and value.
 *
 * @param compression {@code pglz} or {@code lz4} (PostgreSQL 14+; pg_attribute.attcompression), null for the
 *                    server's default_toast_compression
 * @param statistics  the statistics target (ALTER COLUMN ... SET STATISTICS), null for default_statistics_target
 * @param identity    an identity column's sequence options, null for the defaults (or a column without identity)
 * @param virtual     a generated column computed when read, not stored (GENERATED ALWAYS AS (...) VIRTUAL,
 *                    PostgreSQL 18; pg_attribute.attgenerated 'v'); false for a stored one and every other column
 */
public record ColumnOptions(String compression, Integer statistics, IdentityOptions identity, boolean virtual) {
    public static final ColumnOptions NONE = new ColumnOptions(null, null, null);

    public ColumnOptions(String compression, Integer statistics) {
        this(compression, statistics, null);
    }

    public ColumnOptions(String compression, Integer statistics, IdentityOptions identity) {
        this(compression, statistics, identity, false);
    }

    public ColumnOptions withIdentity(IdentityOptions o) {
        return new ColumnOptions(compression, statistics, o, virtual);
    }

    public ColumnOptions withVirtual(boolean v) {
        return new ColumnOptions(compression, statistics, identity, v);
    }

    public ColumnOptions {
        if (statistics != null && statistics < 0) statistics = null;
    }
}
