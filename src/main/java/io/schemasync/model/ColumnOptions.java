package io.schemasync.model;

/**
 * What a column says beyond its type and value.
 *
 * @param compression {@code pglz} or {@code lz4} (PostgreSQL 14+; pg_attribute.attcompression), null for the
 *                    server's default_toast_compression
 * @param statistics  the statistics target (ALTER COLUMN ... SET STATISTICS), null for default_statistics_target
 */
public record ColumnOptions(String compression, Integer statistics) {
    public static final ColumnOptions NONE = new ColumnOptions(null, null);

    public ColumnOptions {
        if (statistics != null && statistics < 0) statistics = null;
    }
}
