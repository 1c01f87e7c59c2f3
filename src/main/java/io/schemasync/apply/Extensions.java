package io.schemasync.apply;

import io.schemasync.model.Database;
import io.schemasync.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * An extension is installed once per database, in one schema; many setups keep them all in a schema of their own
 * ({@code extensions} on Supabase). A YAML that declares one under another schema needs it, not its move: when it
 * is installed anywhere, the declaration is satisfied.
 */
final class Extensions {
    private Extensions() {}

    static Database withoutInstalledElsewhere(Connection c, Database desired) throws SQLException {
        Map<String, String> installed = new HashMap<>();
        try (Statement st = c.createStatement(); var rs = st.executeQuery(
                "SELECT extname::text, extnamespace::regnamespace::text FROM pg_catalog.pg_extension")) {
            while (rs.next()) installed.put(rs.getString(1), rs.getString(2));
        }
        return desired.withSchemas(desired.schemas().stream().map(s -> new Schema(s.name(), s.comment(),
                s.extensions().stream().filter(e -> !installed.containsKey(e.name())
                        || Identifiers.display(s.name()).equals(installed.get(e.name()))).toList(),
                s.enums(), s.sequences(), s.tables())).toList());
    }
}
