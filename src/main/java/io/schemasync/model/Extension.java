package io.schemasync.model;

/**
 * An extension installed with its objects in the schema that declares it.
 *
 * @param version null for "whatever the server installs by default"; never compared when null on the desired side
 */
public record Extension(String name, String version) {
    public Extension {
        Lists.requireName(name, "extension");
    }

    public static Extension named(String name) {
        return new Extension(name, null);
    }
}
