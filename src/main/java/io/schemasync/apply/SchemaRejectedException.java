package io.schemasync.apply;

/**
 * The server rejected the desired schema itself (an unknown type or function, an invalid expression) while
 * schemasync materialized it to learn the canonical form. Nothing was changed. The CLI maps it to exit code 2.
 */
public class SchemaRejectedException extends SyncException {
    public SchemaRejectedException(String message, String statement, Throwable cause) {
        super(message, statement, cause);
    }
}
