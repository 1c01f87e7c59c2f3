package io.schemasync.model;

/**
 * What CREATE TABLE says about a table beyond its columns and constraints.
 *
 * @param unlogged        CREATE UNLOGGED TABLE: not written to the WAL, emptied after a crash, not replicated
 * @param storage         WITH (...) storage parameters, {@code toast.} ones included
 * @param replicaIdentity what logical replication sends of an updated or deleted row
 * @param toastTable      live side: the table has a TOAST table, which alone keeps the {@code toast.} parameters
 *                        (PostgreSQL makes one only for a table with a column that can be stored out of line, and
 *                        silently ignores {@code toast.} parameters without it); true on the desired side. Not
 *                        compared: {@link #equals} and {@link #hashCode} leave it out
 */
public record TableOptions(boolean unlogged, Storage storage, ReplicaIdentity replicaIdentity, boolean toastTable) {
    public static final TableOptions NONE = new TableOptions(false, Storage.NONE, ReplicaIdentity.DEFAULT);

    public TableOptions {
        storage = storage == null ? Storage.NONE : storage;
        replicaIdentity = replicaIdentity == null ? ReplicaIdentity.DEFAULT : replicaIdentity;
    }

    public TableOptions(boolean unlogged, Storage storage, ReplicaIdentity replicaIdentity) {
        this(unlogged, storage, replicaIdentity, true);
    }

    public TableOptions withStorage(Storage s) {
        return new TableOptions(unlogged, s, replicaIdentity, toastTable);
    }

    public TableOptions withUnlogged(boolean u) {
        return new TableOptions(u, storage, replicaIdentity, toastTable);
    }

    public TableOptions withReplicaIdentity(ReplicaIdentity r) {
        return new TableOptions(unlogged, storage, r, toastTable);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableOptions t && unlogged == t.unlogged && storage.equals(t.storage)
                && replicaIdentity.equals(t.replicaIdentity);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(unlogged, storage, replicaIdentity);
    }
}
