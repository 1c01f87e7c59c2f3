package io.schemasync.dryrun;

import io.schemasync.catalog.CatalogReader;
import io.schemasync.catalog.Printing;
import io.schemasync.catalog.LiveCatalog;
import io.schemasync.catalog.Session;
import io.schemasync.model.Database;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a plan is computed from, as one hash, so that targets of a fleet that would plan alike share one plan
 * computation: the live catalog of the managed schemas as read (with what the reader sees but does not model), the
 * desired model, how to plan, the server's version, the session (user, privileges, recovery, lock table size,
 * extension schemas), the settings that change how the server prints SQL, the effective search_path, the invalid
 * indexes of the managed schemas, and the names of every user-defined function, operator, cast, type, collation
 * and extension of the database (what names in the YAML's SQL text resolve to). Two targets with the same group
 * plan the same, up to the name of a tenant schema (see {@link #of}). The other schemas of the database are left
 * out (a plan lists them as unmanaged and never changes them); what they hold that names in the YAML can resolve
 * to is in the names of types, functions and operators above.
 * <p>
 * What the plan reads besides, and this hash leaves out, is the rows of tables (preflight counts, empty tables):
 * they matter only to a plan that has steps, and a fleet shares only the verdict "nothing to do" (see
 * docs/fleets.md). Each hash is taken over the models' full text, so two catalogs that differ never share a
 * group; text that is equal but printed differently only splits a group (a plan more, never a wrong one).
 *
 * @param group   the hash that decides who shares a plan computation
 * @param catalog the fingerprint of the live catalog alone (the one {@code plan --out} saves), for the report
 */
public record CatalogIdentity(String group, String catalog) {
    /**
     * Like the context of KnownForms, without oids: databases of one fleet have the same names, not the same oids.
     * The row types of tables are left out, as there: apply's own history table must not split a fleet.
     */
    private static final String NAMES = """
            SELECT pg_catalog.md5(coalesce(pg_catalog.string_agg(x, ',' ORDER BY x), '')) FROM (
                SELECT 'f ' || p.oid::regprocedure::text || ' ' || p.prorettype::regtype::text || ' '
                       || p.provolatile::text AS x FROM pg_catalog.pg_proc p WHERE p.oid >= 16384
                UNION ALL SELECT 'o ' || o.oid::regoperator::text FROM pg_catalog.pg_operator o WHERE o.oid >= 16384
                UNION ALL SELECT 'c ' || c.castsource::regtype::text || ' ' || c.casttarget::regtype::text || ' '
                       || c.castcontext::text || ' ' || c.castfunc::regprocedure::text
                  FROM pg_catalog.pg_cast c WHERE c.oid >= 16384
                UNION ALL SELECT 't ' || t.oid::regtype::text FROM pg_catalog.pg_type t
                 WHERE t.oid >= 16384 AND t.typcategory <> 'A'
                   AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_catalog.pg_class r
                                                   WHERE r.oid = t.typrelid AND r.relkind = 'c'))
                UNION ALL SELECT 'l ' || l.collnamespace::regnamespace::text || '.' || l.collname
                  FROM pg_catalog.pg_collation l WHERE l.oid >= 16384
                UNION ALL SELECT 'e ' || e.extname || ' ' || e.extversion || ' ' || e.extnamespace::regnamespace::text
                  FROM pg_catalog.pg_extension e) s
            """;

    /**
     * Reads the identity in a transaction that is always rolled back.
     *
     * @param tenant the tenant schema this target manages, whose name is replaced by a placeholder wherever it
     *               stands as a whole identifier in the text hashed, so that tenants with the same objects share a
     *               group (their plans differ only by that name); null for a database target
     */
    public static CatalogIdentity of(Connection c, Database desired, DryRun.Settings settings, String tenant)
            throws SyncException {
        try {
            DryRun.sessionSettings(c);
            c.setAutoCommit(false);
            try {
                return read(c, desired, settings, tenant);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw SyncException.failure("cannot read the database", null, e);
        }
    }

    private static CatalogIdentity read(Connection c, Database desired, DryRun.Settings settings, String tenant)
            throws SQLException {
        Set<String> managed = desired.schemas().stream().map(Schema::name).collect(Collectors.toSet());
        LiveCatalog live = CatalogReader.read(c, managed::contains);
        Session session = CatalogReader.session(c);
        StringBuilder text = new StringBuilder()
                .append("live ").append(live.database()).append('\n')
                .append("unmanaged ").append(live.unmanaged().stream().filter(r -> r.kind() != ObjectRef.Kind.SCHEMA)
                        .toList()).append('\n')
                .append("server ").append(live.server()).append('\n')
                .append("desired ").append(desired).append('\n')
                .append("settings ").append(settings.allowDestructive()).append(' ').append(settings.dropUnmanaged())
                .append('\n')
                .append("session ").append(session.inRecovery()).append(' ').append(session.canCreate()).append(' ')
                .append(session.user()).append(' ').append(session.lockTableSize()).append(' ')
                .append(new TreeMap<>(session.extensionSchemas())).append('\n')
                .append("invalid ").append(new java.util.TreeSet<>(CatalogReader.invalidIndexes(c, managed)
                        .stream().map(Object::toString).toList())).append('\n');
        try (Sender st = new Sender(c)) {
            for (String sql : new String[] {Printing.SETTINGS, Printing.DATABASE, NAMES}) {
                try (ResultSet rs = st.query(sql)) {
                    text.append(rs.next() ? rs.getString(1) : "").append('\n');
                }
            }
        }
        String hashed = tenant == null ? text.toString() : anonymized(text.toString(), tenant);

        return new CatalogIdentity(Fingerprint.sha256(hashed),
                Fingerprint.of(live.database(), live.unmanaged()).sha256());
    }

    /** The tenant's name, where it stands as a whole identifier (quoted or not), replaced by a placeholder. */
    static String anonymized(String text, String tenant) {
        String escaped = text.replace("\u0001", "\u0001\u0002");
        Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}_$])" + Pattern.quote(tenant) + "(?![\\p{L}\\p{N}_$])");
        return name.matcher(escaped).replaceAll(Matcher.quoteReplacement("\u0001tenant"));
    }
}
