package io.schemasync.model;

/**
 * REPLICA IDENTITY of a table (pg_class.relreplident): what logical replication writes to the WAL to identify an
 * updated or deleted row.
 *
 * @param index the unique index whose columns identify it, for {@link Mode#INDEX} only
 */
public record ReplicaIdentity(Mode mode, String index) {
    public static final ReplicaIdentity DEFAULT = new ReplicaIdentity(Mode.DEFAULT, null);

    public enum Mode { DEFAULT, FULL, NOTHING, INDEX }

    public ReplicaIdentity {
        java.util.Objects.requireNonNull(mode, "replica identity");
        if ((mode == Mode.INDEX) != (index != null)) {
            throw new IllegalArgumentException("replica identity " + mode + " with index " + index);
        }
    }

    public static ReplicaIdentity of(Mode mode) {
        return new ReplicaIdentity(mode, null);
    }

    public static ReplicaIdentity usingIndex(String index) {
        return new ReplicaIdentity(Mode.INDEX, Lists.requireName(index, "replica identity index"));
    }

    /** As the YAML writes it: default, full, nothing, or the index's name. */
    public String describe() {
        return mode == Mode.INDEX ? "index " + index : mode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
