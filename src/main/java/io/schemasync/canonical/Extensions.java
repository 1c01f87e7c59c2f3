package io.schemasync.canonical;

import io.schemasync.sql.Identifiers;

import io.schemasync.catalog.Session;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;


import java.util.Map;

/**
 * An extension is installed once per database, in one schema; many setups keep them all in a schema of their own
 * ({@code extensions} on Supabase). A YAML that declares one under another schema needs it, not its move: when it
 * is installed anywhere, the declaration is satisfied.
 */
public final class Extensions {
    private Extensions() {}

    public static Database withoutInstalledElsewhere(Session session, Database desired) {
        Map<String, String> installed = session.extensionSchemas();
        return desired.withSchemas(desired.schemas().stream().map(s -> new Schema(s.name(), s.comment(),
                s.extensions().stream().filter(e -> !installed.containsKey(e.name())
                        || Identifiers.display(s.name()).equals(installed.get(e.name()))).toList(),
                s.enums(), s.sequences(), s.tables(), s.objects())).toList());
    }
}
