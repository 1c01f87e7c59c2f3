package io.schemasync.server;

import io.schemasync.model.ObjectRef;

/**
 * The server rejected the desired schema itself (an unknown type or function, an invalid expression) while
 * schemasync materialized it to learn the canonical form. Nothing was changed. The CLI maps it to exit code 2.
 */
public class SchemaRejectedException extends SyncException {
    private final ObjectRef object;

    public SchemaRejectedException(String message, String statement, Throwable cause) {
        this(message, statement, cause, null);
    }

    /** @param object the desired object the server rejected, to point at its place in the YAML */
    public SchemaRejectedException(String message, String statement, Throwable cause, ObjectRef object) {
        super(message, statement, cause);
        this.object = object;
    }

    /** The rejected object, or null. */
    public ObjectRef object() {
        return object;
    }
}
