package io.schemasync.model;

/**
 * An object of a kind that is its own unit of code (see the {@code kinds} package): a domain, and every kind
 * added after it. The stages handle such objects through the kind's registry entry, never by their class.
 */
public interface SchemaObject {
    /** The object's name within its schema (with its signature, for kinds that have one). */
    String name();

    /** How people name the kind ("domain"); also the kind of its {@link ObjectRef}. */
    ObjectRef.Kind refKind();

    default ObjectRef ref(String schema) {
        return ObjectRef.of(refKind(), schema, name());
    }
}
