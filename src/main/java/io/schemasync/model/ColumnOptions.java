package io.schemasync.model;

/**
 * What a column says beyond its type and value.
 *
 * @param compression {@code pglz} or {@code lz4} (PostgreSQL 14+; pg_attribute.attcompression), null for the
 *                    server's default_toast_compression
 * @param statistics  the statistics target (ALTER COLUMN ... SET STATISTICS), null for default_statistics_target
 * @param identity    an identity column's sequence options, null for the defaults (or a column without identity)
 */
public record ColumnOptions(String compression, Integer statistics, IdentityOptions identity) {
    public static final ColumnOptions NONE = new ColumnOptions(null, null, null);

    public ColumnOptions(String compression, Integer statistics) {
        this(compression, statistics, null);
    }

    public ColumnOptions withIdentity(IdentityOptions o) {
        return new ColumnOptions(compression, statistics, o);
    }

    public ColumnOptions {
        if (statistics != null && statistics < 0) statistics = null;
    }
}
