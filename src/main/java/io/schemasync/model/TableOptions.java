package io.schemasync.model;

/**
 * What CREATE TABLE says about a table beyond its columns and constraints.
 *
 * @param unlogged        CREATE UNLOGGED TABLE: not written to the WAL, emptied after a crash, not replicated
 * @param storage         WITH (...) storage parameters, {@code toast.} ones included
 * @param replicaIdentity what logical replication sends of an updated or deleted row
 */
public record TableOptions(boolean unlogged, Storage storage, ReplicaIdentity replicaIdentity) {
    public static final TableOptions NONE = new TableOptions(false, Storage.NONE, ReplicaIdentity.DEFAULT);

    public TableOptions {
        storage = storage == null ? Storage.NONE : storage;
        replicaIdentity = replicaIdentity == null ? ReplicaIdentity.DEFAULT : replicaIdentity;
    }

    public TableOptions withStorage(Storage s) {
        return new TableOptions(unlogged, s, replicaIdentity);
    }

    public TableOptions withUnlogged(boolean u) {
        return new TableOptions(u, storage, replicaIdentity);
    }

    public TableOptions withReplicaIdentity(ReplicaIdentity r) {
        return new TableOptions(unlogged, storage, r);
    }
}
