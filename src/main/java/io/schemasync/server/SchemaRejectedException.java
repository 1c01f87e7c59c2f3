package io.schemasync.server;

import io.schemasync.model.ObjectRef;

/**
 * The server rejected the desired schema itself (an unknown type or function, an invalid expression) while
 * schemasync materialized it to learn the canonical form. Nothing was changed. The CLI maps it to exit code 2.
 */
public class SchemaRejectedException extends SyncException {
    private final ObjectRef object;
    private final String field;

    public SchemaRejectedException(String message, String statement, Throwable cause) {
        this(message, statement, cause, null);
    }

    /** @param object the desired object the server rejected, to point at its place in the YAML */
    public SchemaRejectedException(String message, String statement, Throwable cause, ObjectRef object) {
        this(message, statement, cause, object, null);
    }

    /** @param field the key of the object's YAML that the server rejects ({@code body}), to point at its line */
    public SchemaRejectedException(String message, String statement, Throwable cause, ObjectRef object, String field) {
        super(message, statement, cause);
        this.object = object;
        this.field = field;
    }

    /** The key of the object's YAML the rejection is about, or null for the object as a whole. */
    public String field() {
        return field;
    }

    /** The rejected object, or null. */
    public ObjectRef object() {
        return object;
    }
}
