package io.schemasync.apply;

import io.schemasync.server.SyncException;

/**
 * {@code apply --plan}: the plan computed under the lock is not the saved one, because the database (or the
 * schema files) changed since it was made; nothing was applied.
 */
public final class PlanChangedException extends SyncException {
    public PlanChangedException(String message) {
        super(message);
    }
}
