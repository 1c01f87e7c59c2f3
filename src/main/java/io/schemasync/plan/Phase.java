package io.schemasync.plan;

/** When a step runs: inside the one apply transaction, or after its commit (CREATE INDEX CONCURRENTLY). */
public enum Phase { TRANSACTION, AFTER_COMMIT }
