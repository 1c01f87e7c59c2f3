package io.schemasync.fleet;

import io.schemasync.model.Database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One target of a fleet: a database, or one tenant schema in a database.
 *
 * @param id      the target's place in the stable order (what --shard splits); unique in the fleet
 * @param label   for people: the database's URL with its password masked, and the tenant schema
 * @param tenant  the tenant schema; null for a database target
 * @param desired the schema this target is brought to (for a tenant: the template as the tenant's schema)
 * @param opener  opens a new connection to the target's database; the caller closes it
 */
public record FleetTarget(String id, String label, String tenant, Database desired, Opener opener) {
    /** Opens a connection; a failure's message is safe to print (no password). */
    @FunctionalInterface
    public interface Opener {
        Connection open() throws SQLException, CannotConnect;
    }

    /** The target cannot be reached; the message names it without its password. */
    public static final class CannotConnect extends Exception {
        public CannotConnect(String message) {
            super(message);
        }
    }
}
