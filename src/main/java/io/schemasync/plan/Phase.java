package io.schemasync.plan;

/**
 * When a step runs. BEFORE_TRANSACTION: new enum labels, committed on their own first, because PostgreSQL cannot
 * use a label in the transaction that adds it. TRANSACTION: the one apply transaction. AFTER_COMMIT: what cannot
 * run inside a transaction (CREATE INDEX CONCURRENTLY).
 */
public enum Phase { BEFORE_TRANSACTION, TRANSACTION, AFTER_COMMIT }
