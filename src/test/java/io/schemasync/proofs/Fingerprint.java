package io.schemasync.proofs;

import io.schemasync.catalog.CatalogReader;
import io.schemasync.load.YamlWriter;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.test.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A database's state as the crash proofs compare it: the managed schema as {@link CatalogReader} reads it (written
 * out as {@code introspect} would) with the row count of every table — the transactional part — and, apart, the
 * indexes the after-commit phase builds, and any index left INVALID by an interrupted build.
 *
 * @param transactional      everything but the after-commit phase's indexes, with row counts
 * @param afterCommitIndexes the after-commit phase's indexes that exist (valid), by name
 * @param invalidIndexes     indexes PostgreSQL marks invalid, anywhere in the database
 */
record Fingerprint(String transactional, List<String> afterCommitIndexes, List<String> invalidIndexes) {
    static Fingerprint read(TestDatabase db, String schema, Set<String> afterCommit) throws SQLException {
        try (Connection c = db.connect()) {
            Database live = CatalogReader.read(c, schema::equals).database();
            List<String> built = new ArrayList<>();
            List<Schema> schemas = new ArrayList<>();
            for (Schema s : live.schemas()) schemas.add(s.withTables(s.tables().stream()
                    .map(t -> withoutIndexes(t, afterCommit, built)).toList()));
            StringBuilder text = new StringBuilder(String.join("", YamlWriter.files(live.withSchemas(schemas), false)
                    .values()));
            for (Schema s : live.schemas()) {
                for (Table t : s.tables()) {
                    text.append("rows of ").append(s.name()).append('.').append(t.name()).append(": ")
                            .append(strings(c, "SELECT count(*) FROM " + quote(s.name()) + "." + quote(t.name())).getFirst())
                            .append('\n');
                }
            }
            // What the model does not say: whether each constraint is validated (a NOT VALID constraint of an
            // online step not yet validated after the commit) and each index valid.
            for (String v : strings(c, "SELECT conrelid::regclass::text || '.' || conname || ' validated ' || convalidated"
                    + " FROM pg_catalog.pg_constraint WHERE connamespace = " + "'" + schema.replace("'", "''")
                    + "'::regnamespace ORDER BY 1")) {
                text.append("constraint ").append(v).append('\n');
            }
            // Owners, which introspect does not write, and every privilege as the server holds it (PostgreSQL's
            // defaults spelled out, so a NULL ACL and an explicit one that says the same compare equal).
            String ns = "'" + schema.replace("'", "''") + "'::regnamespace";
            for (String v : strings(c, "SELECT 'relation ' || c.relname || ' owner ' || c.relowner::regrole || ' acl '"
                    + " || coalesce((SELECT string_agg(x, ',' ORDER BY x) FROM (SELECT a.grantee::regrole || ':'"
                    + " || a.privilege_type || ':' || a.grantor::regrole || ':' || a.is_grantable AS x FROM aclexplode(coalesce(c.relacl, acldefault("
                    + "(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::\"char\", c.relowner))) a) e), '') FROM pg_catalog.pg_class c"
                    + " WHERE c.relnamespace = " + ns + " AND c.relkind NOT IN ('i', 'I', 't')"
                    // Not an identity column's own sequence: its name is PostgreSQL's (kept when the column is renamed).
                    + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_class'::regclass"
                    + " AND d.objid = c.oid AND d.deptype = 'i') ORDER BY 1")) {
                text.append(v).append('\n');
            }
            for (String v : strings(c, "SELECT 'column ' || c.relname || '.' || t.attname || ' acl ' || (SELECT"
                    + " string_agg(x, ',' ORDER BY x) FROM (SELECT a.grantee::regrole || ':' || a.privilege_type || ':'"
                    + " || a.is_grantable AS x FROM aclexplode(t.attacl) a) e) FROM pg_catalog.pg_attribute t JOIN pg_catalog.pg_class c ON c.oid ="
                    + " t.attrelid WHERE c.relnamespace = " + ns + " AND cardinality(t.attacl) > 0 AND t.attnum > 0"
                    + " AND NOT t.attisdropped ORDER BY 1")) {
                text.append(v).append('\n');
            }
            for (String v : strings(c, "SELECT 'routine ' || p.oid::regprocedure || ' owner ' || p.proowner::regrole"
                    + " || ' acl ' || coalesce((SELECT string_agg(x, ',' ORDER BY x) FROM (SELECT a.grantee::regrole || ':'"
                    + " || a.privilege_type || ':' || a.grantor::regrole || ':' || a.is_grantable AS x FROM aclexplode("
                    + "coalesce(p.proacl, acldefault('f'::\"char\", p.proowner))) a) e), '') FROM pg_catalog.pg_proc p WHERE p.pronamespace = " + ns
                    + " ORDER BY 1")) {
                text.append(v).append('\n');
            }
            for (String v : strings(c, "SELECT 'table ' || relname || ' row level security ' || relrowsecurity || ' forced '"
                    + " || relforcerowsecurity || ' persistence ' || relpersistence::text || ' options ' || coalesce("
                    + "array_to_string(ARRAY(SELECT o FROM unnest(reloptions) o ORDER BY 1), ','), '') FROM pg_catalog.pg_class"
                    + " WHERE relnamespace = " + ns
                    + " AND relkind IN ('r', 'p') ORDER BY 1")) {
                text.append(v).append('\n');
            }
            return new Fingerprint(text.toString(), built.stream().sorted().toList(),
                    strings(c, "SELECT indexrelid::regclass::text FROM pg_catalog.pg_index WHERE NOT indisvalid"
                            + " ORDER BY 1"));
        }
    }

    private static Table withoutIndexes(Table t, Set<String> names, List<String> removed) {
        List<Index> kept = new ArrayList<>();
        for (Index ix : t.indexes()) {
            if (names.contains(ix.name())) removed.add(ix.name());
            else kept.add(ix);
        }
        // Every other part of the table kept: storage parameters, UNLOGGED, exclusion constraints, partitioning.
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), kept,
                t.comment(), t.renamedFrom(), t.options(), t.exclusions(), t.partitioning());
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
