package io.schemasync.canonical;

import io.schemasync.catalog.Session;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.server.SchemaRejectedException;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects of kinds that are never materialized ({@link ObjectKind#materialized}: Citus distribution): taken out
 * of what the canonicalizer creates in scratch schemas, and put back as their kind settles them against the live
 * database. Their extension must be installed in the target database, which is checked before anything runs.
 */
final class Unmaterialized {
    private Unmaterialized() {}

    /** The desired schema without those objects. */
    static Database without(Database desired) {
        return desired.withSchemas(desired.schemas().stream().map(s -> s.withObjects(s.objects().stream()
                .filter(o -> Kinds.of(o).materialized()).toList())).toList());
    }

    /** {@code canonical} with the objects of {@code desired} that were left out, as their kinds settle them. */
    static Database putBack(Database canonical, Database desired, Database live) {
        Database settled = desired;
        for (ObjectKind<?> kind : Kinds.ALL) {
            if (!kind.materialized()) settled = kind.settle(settled, live);
        }
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : canonical.schemas()) {
            List<SchemaObject> objects = new ArrayList<>(s.objects());
            settled.schema(s.name()).ifPresent(w -> w.objects().stream().filter(o -> !Kinds.of(o).materialized())
                    .forEach(objects::add));
            schemas.add(s.withObjects(objects));
        }
        return canonical.withSchemas(schemas);
    }

    /**
     * The extension each such object's kind needs (CREATE EXTENSION citus) must be installed in the database: named
     * with the object and the fix before anything runs.
     */
    static void checkExtensions(Database desired, Session session) throws SchemaRejectedException {
        for (Schema s : desired.schemas()) {
            for (SchemaObject o : s.objects()) {
                var extension = Kinds.of(o).extension();
                if (extension.isEmpty() || session.extensionSchemas().containsKey(extension.get())) continue;
                throw new SchemaRejectedException(o.ref(s.name()) + " needs the " + extension.get() + " extension,"
                        + " which database \"" + session.database() + "\" does not have: install it first (CREATE"
                        + " EXTENSION " + extension.get() + "; with " + extension.get() + " in shared_preload_libraries),"
                        + " or remove " + Kinds.of(o).key() + ": from table " + s.name() + "." + o.table(), null, null,
                        o.ref(s.name()));
            }
        }
    }

    static boolean any(Database desired) {
        return desired.schemas().stream().flatMap(s -> s.objects().stream()).anyMatch(o -> !Kinds.of(o).materialized());
    }
}
