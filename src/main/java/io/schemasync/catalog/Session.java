package io.schemasync.catalog;

import java.util.Map;

/**
 * What plan and apply need to know about the connection and the server besides the schema, read in one query.
 *
 * @param extensionSchemas every installed extension, by name, with the schema it lives in (as regnamespace prints it)
 */
public record Session(boolean inRecovery, boolean canCreate, String user, String database, int maxLocksPerTransaction,
                      int maxConnections, int maxPreparedTransactions, Map<String, String> extensionSchemas) {
    public Session {
        extensionSchemas = Map.copyOf(extensionSchemas);
    }

    /** The nominal size of the shared lock table. */
    public long lockTableSize() {
        return (long) maxLocksPerTransaction * (maxConnections + maxPreparedTransactions);
    }
}
