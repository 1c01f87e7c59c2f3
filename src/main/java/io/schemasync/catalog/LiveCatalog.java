package io.schemasync.catalog;

import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CatalogReader} found.
 *
 * @param database  every existing managed schema with all the objects schemasync manages
 * @param unmanaged sorted: schemas that are not managed, and objects of kinds schemasync does not manage inside
 *                  managed schemas (views, functions, triggers, domains, partitions, ...)
 * @param server    the server's version and capabilities
 */
public record LiveCatalog(Database database, List<ObjectRef> unmanaged, ServerInfo server) {
    /** Schema, then the dotted path, then the kind. */
    public static final Comparator<ObjectRef> ORDER = Comparator.<ObjectRef, String>comparing(ObjectRef::schema)
            .thenComparing(ObjectRef::path)
            .thenComparing(ObjectRef::kind);

    public LiveCatalog {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(server, "server");
        unmanaged = unmanaged.stream().sorted(ORDER).toList();
    }
}
