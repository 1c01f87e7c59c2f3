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

    /**
     * What the object uses that only newer servers have, each with the first major version that has it
     * ({@code security_invoker} of a view: 15): named before anything runs, instead of the server's syntax error.
     */
    default java.util.Map<String, Integer> newerServerFeatures() {
        return java.util.Map.of();
    }

    /**
     * The table the object belongs to, for kinds whose objects belong to a table (triggers); null for objects that
     * stand alone in their schema. Its {@link #name()} then says the table too, which keeps it unique in its schema.
     */
    default String table() {
        return null;
    }

    /** The roles the object names (a policy's {@code roles:}), which must exist in the cluster. */
    default java.util.List<String> roles() {
        return java.util.List.of();
    }

    default ObjectRef ref(String schema) {
        return ObjectRef.of(refKind(), schema, name());
    }
}
