package io.schemasync.catalog;

import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every query a catalog read runs after its first two (the server's version and the schemas), with its binds:
 * what the managed schemas hold. The reader runs exactly these, and {@link CatalogDigest} hashes exactly these,
 * so the digest covers whatever the reader can see — a change the reader would find always changes the digest.
 *
 * @param matviewIndexes the indexes of materialized views; null when no kind read here has indexes
 * @param kinds          one query per object kind of the registry, in its order (a kind whose extension is not
 *                       installed has none)
 */
record CatalogQueries(Query extensions, Query enums, Query sequences, Query tables, Query columns, Query constraints,
                      Query indexes, Query exclusions, Query matviewIndexes, Map<ObjectKind<?>, Query> kinds,
                      Query unmanaged, Query access, Query defaults) {
    /** A query and its binds, each a {@code text[]} of the managed schemas. */
    record Query(String name, String sql, Object[] binds) {}

    static CatalogQueries of(ServerInfo server, String[] managed) {
        Map<ObjectKind<?>, Query> kinds = new LinkedHashMap<>();
        boolean withIndexes = false;
        for (ObjectKind<?> kind : Kinds.ALL) {
            // An extension's catalogs (pg_dist_partition) exist only where it is installed: no query otherwise.
            if (kind.extension().filter(e -> !server.hasExtension(e)).isPresent()) continue;
            withIndexes |= kind.hasIndexes();
            kinds.put(kind, query("kind " + kind.key(), kind.catalogQuery(), managed));
        }
        Object[] unmanaged = new Object[CatalogSql.UNMANAGED_BINDS];
        java.util.Arrays.fill(unmanaged, managed);
        return new CatalogQueries(query("extensions", CatalogSql.EXTENSIONS, managed),
                query("enums", CatalogSql.ENUMS, managed), query("sequences", CatalogSql.SEQUENCES, managed),
                query("tables", CatalogSql.TABLES, managed), query("columns", CatalogSql.columns(server), managed),
                query("constraints", CatalogSql.constraints(server), managed),
                query("indexes", CatalogSql.indexes(server), managed),
                query("exclusions", CatalogSql.exclusions(server), managed),
                withIndexes ? query("matview indexes", CatalogSql.matviewIndexes(server), managed) : null,
                kinds, new Query("unmanaged", CatalogSql.UNMANAGED, unmanaged),
                query("access", AccessCatalog.QUERY, managed), query("default privileges", AccessCatalog.DEFAULTS, managed));
    }

    private static Query query(String name, String sql, String[] managed) {
        return new Query(name, sql, new Object[] {managed});
    }

    /** All of them, in the order the reader runs them. */
    List<Query> all() {
        List<Query> all = new ArrayList<>(List.of(extensions, enums, sequences, tables, columns, constraints, indexes,
                exclusions));
        if (matviewIndexes != null) all.add(matviewIndexes);
        all.addAll(kinds.values());
        all.addAll(List.of(unmanaged, access, defaults));
        return all;
    }
}
