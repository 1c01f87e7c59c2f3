package io.schemasync.canonical;

import io.schemasync.catalog.CatalogReader;
import io.schemasync.catalog.Session;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.server.Sender;
import io.schemasync.server.ServerSupport;
import io.schemasync.server.SyncException;
import io.schemasync.sql.Sql;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Canonical forms that need not be learned again. Materializing the YAML on the server is most of a plan's time,
 * and nearly every run of a release phase finds nothing to do. So when an apply ends with the database in the
 * schema, it records, for each unit of the YAML (all enums, sequences and non-relation kinds together; each group
 * of tables and views that must be materialized together), a key of the unit as written and a fingerprint of the
 * live objects it was in sync with, in {@code schemasync.known_forms}. A later run whose unit has the same key and
 * whose live objects have the same fingerprint takes the live objects as the unit's canonical form; every other
 * unit is materialized as before.
 * <p>
 * Why it is always correct: the record says "written this way, in this context, this unit was in sync with live
 * objects that read back exactly so". The key covers everything the canonical form depends on: the unit as
 * written, every enum, sequence, domain and type of the YAML as written (a table's text can mention them), the
 * server's version, the session's search_path, the user-defined functions, operators, casts, types, collations
 * and extension versions of the database (name resolution), and the build of schemasync (its canonical stage).
 * The live objects are compared in full. A record that is stale (the object was altered by hand), deleted or
 * tampered with therefore only makes the unit be materialized: it can never make a difference disappear. Writing
 * a record that hides one takes a role that may write to the {@code schemasync} schema, which can alter the
 * schema itself.
 */
public final class KnownForms {
    private static final String QUALIFIED = Sql.quote(CatalogReader.HISTORY_SCHEMA) + "."
            + Sql.quote(CatalogReader.KNOWN_FORMS_TABLE);
    /** Raised when what a key covers, or how records are compared, changes. */
    private static final String FORMAT = "known-forms 3";
    private static final String BUILD = readBuild();

    private static final String CONTEXT = """
            SELECT current_setting('server_version_num'), pg_catalog.current_schemas(true)::text,
                   (SELECT pg_catalog.md5(coalesce(pg_catalog.string_agg(x, ',' ORDER BY x), ''))
                      FROM (SELECT 'f' || p.oid || ' ' || p.oid::regprocedure::text || ' ' || p.prorettype::regtype::text
                                   || ' ' || p.provolatile::text AS x
                              FROM pg_catalog.pg_proc p WHERE p.oid >= 16384
                            UNION ALL SELECT 'o' || o.oid || ' ' || o.oid::regoperator::text
                              FROM pg_catalog.pg_operator o WHERE o.oid >= 16384
                            UNION ALL SELECT 'c' || c.oid || ' ' || c.castsource || ' ' || c.casttarget || ' '
                                   || c.castcontext::text || ' ' || c.castfunc
                              FROM pg_catalog.pg_cast c WHERE c.oid >= 16384
                            UNION ALL SELECT 't' || t.oid || ' ' || t.oid::regtype::text
                              FROM pg_catalog.pg_type t
                             WHERE t.oid >= 16384 AND t.typcategory <> 'A'
                               AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_catalog.pg_class r
                                                               WHERE r.oid = t.typrelid AND r.relkind = 'c'))
                            UNION ALL SELECT 'l' || l.oid || ' ' || l.collname
                              FROM pg_catalog.pg_collation l WHERE l.oid >= 16384
                            UNION ALL SELECT 'e' || e.extname || ' ' || e.extversion
                              FROM pg_catalog.pg_extension e) s),
                   """ + CatalogReader.READABLE + """

            """;

    private KnownForms() {}

    /** One unit: what is materialized together, and the objects of the YAML in it. */
    private record Unit(String key, List<Member> members) {
        boolean isTypes() {
            return members.stream().noneMatch(Member::isRelation);
        }
    }

    /** An object of a unit, named as the live catalog names it. */
    private record Member(String schema, String kind, String name, boolean isRelation) {
        String id() {
            return kind + " " + schema + "." + name;
        }
    }

    /**
     * What a run saw: each unit's key and its live objects' fingerprint (apply records them when all were in
     * sync), the records it found, and how many units it had to materialize.
     */
    public record Observation(Map<String, String> fingerprints, Map<String, String> recorded, boolean readable,
                              int materialized) {
        public Observation {
            fingerprints = Map.copyOf(fingerprints);
            recorded = Map.copyOf(recorded);
        }

    }

    /** The desired schema's canonical form, and what was seen. */
    public record Result(Database canonical, Observation observation) {}

    /**
     * The canonical form of {@code desired}: known units from the live objects, the rest materialized (which
     * needs the CREATE privilege and a primary; a read-only drift check works as long as every unit is known).
     * The connection is in a transaction; it is left as it was.
     */
    public static Result canonicalize(Connection c, Database desired, Database live, Session session)
            throws SyncException, SQLException {
        return canonicalize(c, desired, live, session, new Learned());
    }

    /** As above, reusing what {@code learned} materialized earlier in this run (see {@link Learned}). */
    public static Result canonicalize(Connection c, Database desired, Database live, Session session,
                                      Learned learned) throws SyncException, SQLException {
        if (!Unmaterialized.any(desired)) return materialized(c, desired, live, session, learned);
        Unmaterialized.checkExtensions(desired, session);
        Result r = materialized(c, Unmaterialized.without(desired), live, session, learned);
        return new Result(Unmaterialized.putBack(r.canonical(), desired, live), r.observation());
    }

    private static Result materialized(Connection c, Database desired, Database live, Session session,
                                       Learned learned) throws SyncException, SQLException {
        Context context = context(c);
        List<Unit> units = learned.memo(desired, context.digest(), () -> units(desired, context.digest()));
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (Unit u : units) fingerprints.put(u.key(), fingerprint(u, live));
        Map<String, String> recorded = context.readable() ? recorded(c) : Map.of();
        List<Unit> unknown = units.stream().filter(u -> !fingerprints.get(u.key()).equals(recorded.get(u.key()))
                || u.members().stream().anyMatch(m -> liveObject(live, m).isEmpty())).toList();
        if (unknown.isEmpty()) {
            return new Result(fromLive(desired, live), new Observation(fingerprints, recorded, context.readable(), 0));
        }
        ServerSupport.checkCanMaterialize(session);
        boolean typesUnknown = unknown.stream().anyMatch(Unit::isTypes);
        Database subset = subset(desired, unknown, typesUnknown);
        int before = learned.reused();
        Database canonical = learned.canonicalize(c, context.digest(), subset);
        Observation seen = new Observation(fingerprints, recorded, context.readable(),
                learned.reused() > before ? 0 : unknown.size());
        Database materialized = FixedPoint.settle(c, canonical, live);
        return new Result(merge(desired, live, materialized, unknown, typesUnknown), seen);
    }

    /**
     * Records what a run saw, after an apply that left every unit in sync, in autocommit: the table is created
     * when missing (only then: later applies run no DDL for it), and only rows that would change are written.
     * Rows of other YAML (another project sharing the database, an earlier version) stay until unused for 90 days.
     */
    public static void record(Connection c, Observation seen) throws SQLException {
        Map<String, String> changed = new LinkedHashMap<>();
        seen.fingerprints().forEach((k, v) -> {
            if (!v.equals(seen.recorded().get(k))) changed.put(k, v);
        });
        if (seen.readable() && changed.isEmpty()) return;
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) c.rollback();
        c.setAutoCommit(true);
        try (Sender st = new Sender(c)) {
            if (!seen.readable()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(CatalogReader.HISTORY_SCHEMA));
                st.execute("CREATE TABLE IF NOT EXISTS " + QUALIFIED + " (key text PRIMARY KEY,"
                        + " live_fingerprint text NOT NULL,"
                        + " recorded_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp())");
                st.execute("COMMENT ON TABLE " + QUALIFIED + " IS 'schemasync: canonical forms known to be in sync"
                        + " (a cache: deleting rows only makes the next plan slower)'");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + QUALIFIED + " (key, live_fingerprint)"
                    + " SELECT * FROM ROWS FROM (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[])) ON CONFLICT (key) DO UPDATE"
                    + " SET live_fingerprint = excluded.live_fingerprint, recorded_at = pg_catalog.clock_timestamp()")) {
                ps.setArray(1, c.createArrayOf("text", changed.keySet().toArray()));
                ps.setArray(2, c.createArrayOf("text", changed.values().toArray()));
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + QUALIFIED + " WHERE recorded_at"
                    + " < pg_catalog.clock_timestamp() - interval '90 days' AND key <> ALL (?::text[])")) {
                ps.setArray(1, c.createArrayOf("text", seen.fingerprints().keySet().toArray()));
                ps.execute();
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private record Context(String digest, boolean readable) {}

    private static Context context(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CONTEXT)) {
            ps.setString(1, CatalogReader.HISTORY_SCHEMA);
            ps.setString(2, CatalogReader.KNOWN_FORMS_TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Context(Fingerprint.sha256(FORMAT + "\0" + BUILD + "\0" + rs.getString(1) + "\0"
                        + rs.getString(2) + "\0" + rs.getString(3)), rs.getBoolean(4));
            }
        }
    }

    private static Map<String, String> recorded(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Sender st = new Sender(c); ResultSet rs = st.query("SELECT key, live_fingerprint FROM " + QUALIFIED)) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    /**
     * The units of the YAML: one of every enum, sequence and non-relation object (few, cheap to materialize, and
     * mentioned by tables), and one per group of tables and views that are materialized together. Each key covers
     * the types unit as written, so that a changed enum or domain makes every unit be learned again.
     */
    private static List<Unit> units(Database desired, String context) {
        List<Member> types = new ArrayList<>();
        StringBuilder typesWritten = new StringBuilder();
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        Map<String, StringBuilder> written = new HashMap<>();
        RelationGroups relationGroups = RelationGroups.of(desired);
        for (Schema s : desired.schemas()) {
            for (EnumType e : s.enums()) {
                types.add(new Member(s.name(), "enum", e.name(), false));
                typesWritten.append(s.name()).append('\0').append(e).append('\n');
            }
            for (Sequence q : s.sequences()) {
                types.add(new Member(s.name(), "sequence", q.name(), false));
                typesWritten.append(s.name()).append('\0').append(q).append('\n');
            }
            for (SchemaObject o : s.objects()) {
                // A function that uses tables is materialized with them, in their group (see RelationGroups).
                boolean relation = relationGroups.isMember(s.name(), o.name());
                Member m = new Member(s.name(), o.refKind().toString(), o.name(), relation);
                if (relation) {
                    group(groups, written, relationGroups.of(s.name(), o.name()), m, s.name() + "\0" + o);
                } else {
                    types.add(m);
                    typesWritten.append(s.name()).append('\0').append(o).append('\n');
                }
            }
            for (Table t : s.tables()) {
                group(groups, written, relationGroups.of(s.name(), t.name()),
                        new Member(s.name(), "table", t.name(), true), s.name() + "\0" + t);
            }
        }
        String typesKey = Fingerprint.sha256(context + "\0types\0" + typesWritten);
        List<Unit> units = new ArrayList<>();
        if (!types.isEmpty()) units.add(new Unit(typesKey, types));
        groups.forEach((root, members) -> units.add(new Unit(Fingerprint.sha256(typesKey + "\0"
                + written.get(root)), members)));
        return units;
    }

    private static void group(Map<String, List<Member>> groups, Map<String, StringBuilder> written, String root,
                              Member m, String text) {
        groups.computeIfAbsent(root, k -> new ArrayList<>()).add(m);
        written.computeIfAbsent(root, k -> new StringBuilder()).append(text).append('\n');
    }

    /** The live objects of the unit, in full; a missing one counts too. */
    private static String fingerprint(Unit u, Database live) {
        StringBuilder text = new StringBuilder();
        for (Member m : u.members()) {
            text.append(m.id()).append('=').append(liveObject(live, m).map(Object::toString).orElse("missing"))
                    .append('\n');
        }
        return Fingerprint.sha256(text.toString());
    }

    private static Optional<?> liveObject(Database live, Member m) {
        Optional<Schema> schema = live.schema(m.schema());
        if (schema.isEmpty()) return Optional.empty();
        Schema s = schema.get();
        return switch (m.kind()) {
            case "enum" -> s.enumType(m.name());
            case "sequence" -> s.sequence(m.name());
            case "table" -> s.table(m.name());
            default -> s.objects().stream().filter(o -> o.refKind().toString().equals(m.kind())
                    && o.name().equals(m.name())).findFirst();
        };
    }

    /** Every unit known: the live objects, with what the YAML says that the server does not keep (renames). */
    private static Database fromLive(Database desired, Database live) {
        return fromLiveWhereKnown(desired, live, List.of(), false);
    }

    /** The YAML with only what must be materialized: the unknown groups, and the types they may mention. */
    private static Database subset(Database desired, List<Unit> unknown, boolean typesUnknown) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        unknown.forEach(u -> u.members().forEach(m -> wanted.add(m.id())));
        RelationGroups groups = RelationGroups.of(desired);
        return desired.withSchemas(desired.schemas().stream().map(s -> s
                .withTables(s.tables().stream().filter(t -> wanted.contains("table " + s.name() + "." + t.name()))
                        .toList())
                .withObjects(s.objects().stream().filter(o -> !groups.isMember(s.name(), o.name())
                        || wanted.contains(o.refKind() + " " + s.name() + "." + o.name())).toList()))
                .toList());
    }

    /** Known groups from the live objects, unknown ones (and the types, when they are unknown) as materialized. */
    private static Database merge(Database desired, Database live, Database materialized, List<Unit> unknown,
                                  boolean typesUnknown) {
        Database known = fromLiveWhereKnown(desired, live, unknown, typesUnknown);
        RelationGroups groups = RelationGroups.of(desired);
        return desired.withSchemas(desired.schemas().stream().map(want -> {
            Schema m = materialized.schema(want.name()).orElseThrow();
            Schema k = known.schema(want.name()).orElseThrow();
            return new Schema(want.name(), m.comment(), m.extensions(), typesUnknown ? m.enums() : k.enums(),
                    typesUnknown ? m.sequences() : k.sequences(),
                    want.tables().stream().map(t -> m.table(t.name()).or(() -> k.table(t.name())).orElseThrow())
                            .toList(),
                    want.objects().stream().map(o -> find(groups.isMember(want.name(), o.name()) || typesUnknown ? m : k, o)
                            .or(() -> find(k, o)).orElseThrow()).toList());
        }).toList());
    }

    /** The object {@code want} is in {@code in}: of its name, or the one it became (a function's identity). */
    private static Optional<SchemaObject> find(Schema in, SchemaObject want) {
        return in.object(want.refKind(), want.name()).or(() -> in.objects().stream().filter(o -> Kinds.of(want).becomesAny(want, o)).findFirst());
    }

    /**
     * The known units from the live objects, with what the YAML says that the server does not keep (renames);
     * members of unknown units are left out. A schema of the YAML that is missing (it has nothing in it: no unit
     * to know) is empty.
     */
    private static Database fromLiveWhereKnown(Database desired, Database live, List<Unit> unknown,
                                               boolean typesUnknown) {
        java.util.Set<String> skip = new java.util.HashSet<>();
        unknown.forEach(u -> u.members().forEach(m -> skip.add(m.id())));
        return desired.withSchemas(desired.schemas().stream().map(want -> {
            Schema h = live.schema(want.name()).orElse(Schema.named(want.name()));
            return new Schema(want.name(), want.comment(), want.extensions(),
                    typesUnknown ? List.of() : want.enums().stream().map(e -> h.enumType(e.name()).orElseThrow()).toList(),
                    typesUnknown ? List.of() : want.sequences().stream().map(q -> h.sequence(q.name()).orElseThrow())
                            .toList(),
                    want.tables().stream().filter(t -> !skip.contains("table " + want.name() + "." + t.name()))
                            .map(t -> Canonicalizer.withRenames(h.table(t.name()).orElseThrow(), t)).toList(),
                    want.objects().stream().filter(o -> !skip.contains(o.refKind() + " " + want.name() + "." + o.name()))
                            .map(o -> find(h, o).orElseThrow()).toList());
        }).toList());
    }

    /**
     * The build of schemasync (its canonical stage decides what a canonical form is): version and commit from the
     * packaged build.properties (with the build date, which tells builds of uncommitted changes apart). Classes
     * that were never packaged have none, and then records hold within one process only.
     */
    /** The build of schemasync, as records of canonical forms know it (see below). */
    public static String build() {
        return BUILD;
    }

    /**
     * The hash of what, besides the YAML, decides a canonical form: the server's version, the search path, the
     * user-defined names the YAML's text could resolve to, and the build (see the class comment).
     */
    public static String contextDigest(Connection c) throws SQLException {
        return context(c).digest();
    }

    private static String readBuild() {
        Properties p = new Properties();
        try (InputStream in = KnownForms.class.getResourceAsStream("/io/schemasync/cli/build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unreadable " + UUID.randomUUID();
        }
        if (p.getProperty("version") == null) return "classes " + UUID.randomUUID();
        // A build of uncommitted changes has the commit it started from: its build date tells it apart.
        return p.getProperty("version") + " " + p.getProperty("commit") + " " + p.getProperty("dirty") + " "
                + p.getProperty("date");
    }
}
