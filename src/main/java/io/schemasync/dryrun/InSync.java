package io.schemasync.dryrun;

import io.schemasync.canonical.KnownForms;
import io.schemasync.catalog.CatalogDigest;
import io.schemasync.catalog.Printing;
import io.schemasync.catalog.CatalogReader;
import io.schemasync.model.Database;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.plan.Plan;
import io.schemasync.server.SecondSession;
import io.schemasync.server.SyncException;
import io.schemasync.sql.Sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The answer of a no-op plan or apply without the work. Nearly every run of a release phase finds nothing to do,
 * and a full plan loads every YAML file, reads the catalog into a model, canonicalizes and diffs. So when an apply
 * ends with the database in the schema, it records in {@code schemasync.in_sync}, under a key of the YAML files as
 * written (their bytes) and how they are planned, the digest of the live catalog it was in sync with
 * ({@link CatalogDigest}, with the context that decides canonical forms and how the server prints SQL), and what
 * the plan listed. A later run whose files have the same key, and whose catalog has the same digest, prints that
 * plan: nothing to do. Anything else — another byte in a file, a file more or less, a file of SQL changed, another
 * build of schemasync, another server version, search path or role, any change the catalog reader would see —
 * misses the record, and the run plans in full, as before.
 * <p>
 * Why it is always correct: a plan is a function of the YAML, of how it is planned, and of what it reads from the
 * server; the key covers the first two and the digest the third (the digest runs exactly the catalog reader's
 * queries, in one REPEATABLE READ snapshot, and is recorded only after a full plan in that same snapshot found
 * nothing to do). A record that is stale, deleted or tampered with (another state, another key) only makes the run
 * plan in full. Writing a record that hides a difference takes a role that may write to the {@code schemasync}
 * schema, which can alter the schema itself; what a record holds besides is only what the output shows.
 */
public final class InSync {
    private static final String TABLE = CatalogReader.IN_SYNC_TABLE;
    private static final String QUALIFIED = Sql.quote(CatalogReader.HISTORY_SCHEMA) + "." + Sql.quote(TABLE);
    /** Raised when what the key or the digest covers changes. */
    private static final String FORMAT = "in-sync 1";

    private InSync() {}

    /**
     * The schema files as the client has them: the record's key, and the YAML files it was computed from (the
     * files of SQL a record names are read only where the YAML's may be: below these files' directories).
     */
    public record Written(String key, List<Path> yamlFiles) {
        public Written {
            yamlFiles = List.copyOf(yamlFiles);
        }
    }

    /** What a record answered: the plan (no steps) as the full run would have listed it, and its fingerprints. */
    public record Answer(Plan plan, String catalogFingerprint, String desiredFingerprint, String recordedAt,
                         int statements) {}

    /**
     * The key of the YAML as the client has it: every YAML file of the schema (path and bytes, in the order the
     * loader reads them), the managed schemas of the project file (null when it lists none), whether unmanaged
     * objects are dropped, and the build. Empty when a file cannot be read (the full run reports it).
     */
    public static Optional<Written> key(List<Path> yamlFiles, List<String> projectSchemas, boolean dropUnmanaged) {
        MessageDigest md = sha256();
        text(md, FORMAT);
        text(md, KnownForms.build());
        text(md, "drop unmanaged " + dropUnmanaged);
        text(md, "schemas " + projectSchemas);
        try {
            for (Path file : yamlFiles) bytes(md, file);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Written(HexFormat.of().formatHex(md.digest()), yamlFiles));
    }

    /**
     * The plan recorded under {@code key}, when the files of SQL it read are unchanged and the live catalog still
     * has the digest it had then; empty otherwise (no record, no table, no privilege to read it). Reads in one
     * REPEATABLE READ, READ ONLY transaction, so it works on a standby; the connection is left in autocommit.
     */
    public static Optional<Answer> answer(Connection c, Written key) throws SQLException {
        return answer(c, key, (java.util.concurrent.Callable<Connection>) null);
    }

    /**
     * The same, with a second connection from {@code another} (opened at once, beside the first queries) to hash
     * the catalog on two server processes when the record is there; null to use {@code c} alone.
     */
    public static Optional<Answer> answer(Connection c, Written key, java.util.concurrent.Callable<Connection> another)
            throws SQLException {
        java.util.concurrent.CompletableFuture<Connection> helper = another == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return another.call();
                    } catch (Exception e) {
                        return null;
                    }
                });
        try {
            return answered(c, key, helper);
        } finally {
            if (helper != null) {
                Connection h = helper.join();
                if (h != null) h.close();
            }
        }
    }

    private static Optional<Answer> answered(Connection c, Written key,
                                             java.util.concurrent.CompletableFuture<Connection> helper)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            Optional<Row> row = row(c, key.key());
            if (row.isEmpty() || !readable(row.get().sqlFiles(), key.yamlFiles())
                    || !row.get().sqlDigest().equals(sqlDigest(row.get().sqlFiles()).orElse(null))) {
                return Optional.empty();
            }
            Connection h = helper == null ? null : helper.join();
            State state = state(c, row.get().managed(), h != null && CatalogDigest.share(c, h) ? h : null);
            if (!state.digest().equals(row.get().state())) return Optional.empty();
            return Optional.of(new Answer(row.get().plan(), row.get().catalogFingerprint(),
                    row.get().desiredFingerprint(), row.get().recordedAt(), state.statements() + 2));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * After an apply that left the database in the schema: records that these files are in sync with the catalog
     * as it is now. In one REPEATABLE READ transaction: the catalog's digest, then (unless the same record is
     * there already) a full plan, which must be empty; the record is written in autocommit after it. The
     * table is created when missing, before the digest. Returns whether the record is in place.
     */
    public static boolean confirm(Connection c, Written written, List<Path> sqlFiles, Database desired,
                                  DryRun.Settings settings) throws SQLException, SyncException {
        return confirm(c, null, written, sqlFiles, desired, settings);
    }

    /**
     * The same, hashing the catalog on a second connection from {@code another} (null: none) in the first's
     * snapshot while the first plans: the two take about as long, so the record costs one of them.
     */
    public static boolean confirm(Connection c, java.util.concurrent.Callable<Connection> another, Written written,
                                  List<Path> sqlFiles, Database desired, DryRun.Settings settings)
            throws SQLException, SyncException {
        Recording r = new Recording(written, sqlFiles, another, () -> true);
        List<String> files = r.files();
        Optional<String> sqlDigest = r.sqlDigest(files);
        if (sqlDigest.isEmpty()) return false;
        createTable(c);
        Snapshot s = snapshot(c, r, desired, settings, sqlDigest.get());
        if (s.planned() == null) return true;
        if (!s.planned().plan().isEmpty()) return false;
        write(c, r, files, sqlDigest.get(), s, desired);
        return true;
    }

    /**
     * What an apply records when it ends with the database in the schema: the files' key, the files of SQL the
     * YAML read, a second connection for the digest (null for none), and whether the files on disk are still the
     * ones the apply loaded (the record must describe what was applied).
     */
    public record Recording(Written written, List<Path> sqlFiles, java.util.concurrent.Callable<Connection> another,
                            java.util.function.BooleanSupplier unchanged) {
        public Recording {
            sqlFiles = List.copyOf(sqlFiles);
        }

        private List<String> files() {
            return sqlFiles.stream().map(InSync::shown).toList();
        }

        /** The digest of the files of SQL, when they may be read and are readable; empty otherwise. */
        private Optional<String> sqlDigest(List<String> files) {
            return readable(files, written.yamlFiles()) ? InSync.sqlDigest(files) : Optional.empty();
        }
    }

    /** The verification's plan, and whether the record of the files in sync was written after it. */
    public record Verified(DryRun.Planned planned, boolean recorded) {}

    /**
     * The verification at the end of an apply, folded with the record of the files in sync: one full plan in a
     * REPEATABLE READ snapshot, with the catalog's digest taken in the same snapshot (on a second connection when
     * there is one, beside the plan). When the plan is empty and the files are still the ones loaded, the record
     * is written after it, as {@link #confirm} would have: the apply then need not plan a third time. When the
     * record cannot be made (the table cannot be created, a file of SQL is unreadable), the plan is the plain
     * verification ({@link DryRun#planned}) and nothing is recorded.
     */
    public static Verified verify(Connection c, Recording r, Database desired, DryRun.Settings settings)
            throws SyncException {
        List<String> files = r.files();
        Optional<String> sqlDigest = r.sqlDigest(files);
        Snapshot s = null;
        if (sqlDigest.isPresent()) {
            try {
                DryRun.sessionSettings(c);
                createTable(c);
                s = snapshot(c, r, desired, settings, null);
            } catch (SQLException e) {
                s = null; // the plain verification below says what is wrong with the connection, if anything
            }
        }
        if (s == null) return new Verified(DryRun.planned(c, desired, settings), false);
        if (!s.planned().plan().isEmpty() || !r.unchanged().getAsBoolean()) return new Verified(s.planned(), false);
        try {
            write(c, r, files, sqlDigest.get(), s, desired);
            return new Verified(s.planned(), true);
        } catch (SQLException e) {
            return new Verified(s.planned(), false);
        }
    }

    /** A plan and the digest of the catalog it read, from one snapshot; no plan when the record said so already. */
    private record Snapshot(DryRun.Planned planned, String state, List<String> managed) {}

    /**
     * In one REPEATABLE READ transaction: the catalog's digest (on the second connection when its session prints
     * SQL alike, in this snapshot) beside a full plan; no plan when {@code sqlDigest} is given and the same record
     * is there already. The transaction is rolled back; the connection is left in autocommit.
     */
    private static Snapshot snapshot(Connection c, Recording r, Database desired, DryRun.Settings settings,
                                     String sqlDigest) throws SQLException, SyncException {
        List<String> managed = desired.schemas().stream().map(Schema::name).sorted().toList();
        Connection helper = helper(c, r.another());
        java.util.concurrent.CompletableFuture<CatalogDigest.Result> catalog = null;
        c.setAutoCommit(false);
        try {
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            }
            catalog = hashed(c, helper, managed);
            if (sqlDigest != null) {
                Optional<Row> row = row(c, r.written().key());
                if (row.isPresent() && row.get().sqlDigest().equals(sqlDigest) && row.get().sqlFiles().equals(r.files())
                        && row.get().state().equals(state(c, join(catalog)).digest())) {
                    return new Snapshot(null, row.get().state(), managed);
                }
            }
            DryRun.Planned planned = DryRun.compute(c, desired, settings);
            return new Snapshot(planned, state(c, join(catalog)).digest(), managed);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
            if (catalog != null) catalog.exceptionally(e -> null).join();
            if (helper != null) helper.close();
        }
    }

    /** Writes the record of a snapshot whose plan was empty (autocommit), and forgets records unused for 90 days. */
    private static void write(Connection c, Recording r, List<String> files, String sqlDigest, Snapshot s,
                              Database desired) throws SQLException {
        Plan plan = s.planned().plan();
        List<String> refs = new ArrayList<>();
        plan.inSync().forEach(ref -> refs.addAll(flat("s", ref)));
        plan.unmanaged().forEach(ref -> refs.addAll(flat("u", ref)));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + QUALIFIED + " (key, state, managed, sql_files,"
                + " sql_digest, refs, catalog_fingerprint, desired_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET state = excluded.state, managed = excluded.managed,"
                + " sql_files = excluded.sql_files, sql_digest = excluded.sql_digest, refs = excluded.refs,"
                + " catalog_fingerprint = excluded.catalog_fingerprint,"
                + " desired_fingerprint = excluded.desired_fingerprint, recorded_at = pg_catalog.clock_timestamp()")) {
            ps.setString(1, r.written().key());
            ps.setString(2, s.state());
            ps.setArray(3, c.createArrayOf("text", s.managed().toArray()));
            ps.setArray(4, c.createArrayOf("text", files.toArray()));
            ps.setString(5, sqlDigest);
            ps.setArray(6, c.createArrayOf("text", refs.toArray()));
            ps.setString(7, s.planned().catalog().sha256());
            ps.setString(8, Fingerprint.of(desired, List.of()).sha256());
            ps.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + QUALIFIED + " WHERE key <> ? AND recorded_at"
                + " < pg_catalog.clock_timestamp() - interval '90 days'")) {
            ps.setString(1, r.written().key());
            ps.execute();
        }
    }

    /** The digest of what a plan of these managed schemas reads, with what decides canonical forms and SQL text. */
    private record State(String digest, int statements) {}

    private static State state(Connection c, Collection<String> managed, Connection helper) throws SQLException {
        return state(c, CatalogDigest.of(c, managed, helper));
    }

    /** The catalog's digest with what decides canonical forms and SQL text in {@code c}'s session. */
    private static State state(Connection c, CatalogDigest.Result catalog) throws SQLException {
        StringBuilder all = new StringBuilder(FORMAT).append('\n').append(catalog.digest()).append('\n')
                .append(KnownForms.contextDigest(c)).append('\n');
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (" + Printing.SETTINGS + "), (" + Printing.DATABASE + ")")) {
            rs.next();
            all.append(rs.getString(1)).append('\n').append(rs.getString(2));
        }
        return new State(Fingerprint.sha256(all.toString()), catalog.statements() + 2);
    }

    /** A second connection that reads and prints SQL as {@code c} does (see {@link SecondSession}), or null. */
    private static Connection helper(Connection c, java.util.concurrent.Callable<Connection> another) {
        if (another == null) return null;
        try {
            return SecondSession.open(another, SecondSession.First.of(c));
        } catch (SQLException e) {
            return null; // one connection does it all
        }
    }

    /**
     * The catalog's digest: on {@code helper} in {@code c}'s snapshot, beside what {@code c} does next; on
     * {@code c} at once when there is no helper or the snapshot cannot be shared.
     */
    private static java.util.concurrent.CompletableFuture<CatalogDigest.Result> hashed(Connection c, Connection helper,
            Collection<String> managed) throws SQLException {
        if (helper == null || !CatalogDigest.share(c, helper)) {
            return java.util.concurrent.CompletableFuture.completedFuture(CatalogDigest.of(c, managed));
        }
        return SecondSession.beside(() -> {
            try {
                return CatalogDigest.of(helper, managed);
            } catch (SQLException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, "schemasync-digest");
    }

    private static CatalogDigest.Result join(java.util.concurrent.CompletableFuture<CatalogDigest.Result> f)
            throws SQLException {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof SQLException q) throw q;
            throw e;
        }
    }

    private record Row(String state, List<String> managed, List<String> sqlFiles, String sqlDigest, Plan plan,
                       String catalogFingerprint, String desiredFingerprint, String recordedAt) {}

    private static Optional<Row> row(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CatalogReader.READABLE)) {
            ps.setString(1, CatalogReader.HISTORY_SCHEMA);
            ps.setString(2, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) return Optional.empty();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT state, managed, sql_files, sql_digest, refs,"
                + " catalog_fingerprint, desired_fingerprint, recorded_at::text FROM " + QUALIFIED + " WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Optional<Plan> plan = plan(strings(rs.getArray(5)));
                if (plan.isEmpty()) return Optional.empty();
                return Optional.of(new Row(rs.getString(1), strings(rs.getArray(2)), strings(rs.getArray(3)),
                        rs.getString(4), plan.get(), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
    }

    /** The plan the refs describe: what is in sync and what is unmanaged, no steps; empty when they do not read. */
    private static Optional<Plan> plan(List<String> refs) {
        if (refs.size() % 5 != 0) return Optional.empty();
        List<ObjectRef> inSync = new ArrayList<>(), unmanaged = new ArrayList<>();
        for (int i = 0; i < refs.size(); i += 5) {
            ObjectRef.Kind kind;
            try {
                kind = ObjectRef.Kind.valueOf(refs.get(i + 1));
            } catch (IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
            ObjectRef ref = new ObjectRef(kind, refs.get(i + 2), refs.get(i + 3), refs.get(i + 4));
            if ("s".equals(refs.get(i))) inSync.add(ref);
            else if ("u".equals(refs.get(i))) unmanaged.add(ref);
            else return Optional.empty();
        }
        return Optional.of(new Plan(List.of(), inSync, unmanaged));
    }

    private static List<String> flat(String list, ObjectRef ref) {
        return Arrays.asList(list, ref.kind().name(), ref.schema(), ref.table(), ref.name());
    }

    /**
     * Creates the table when it is missing, and only then: an apply by a role that may write to the table but not
     * create in the schema (or comment on a table it does not own) must not fail here on every run.
     */
    private static void createTable(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?)")) {
            ps.setString(1, CatalogReader.HISTORY_SCHEMA);
            ps.setString(2, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(CatalogReader.HISTORY_SCHEMA));
            st.execute("CREATE TABLE IF NOT EXISTS " + QUALIFIED + " (key text PRIMARY KEY, state text NOT NULL,"
                    + " managed text[] NOT NULL, sql_files text[] NOT NULL, sql_digest text NOT NULL,"
                    + " refs text[] NOT NULL, catalog_fingerprint text NOT NULL, desired_fingerprint text NOT NULL,"
                    + " recorded_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp())");
            st.execute("COMMENT ON TABLE " + QUALIFIED + " IS 'schemasync: schema files found in sync with the catalog"
                    + " by an apply (a cache: deleting rows only makes the next plan slower)'");
        }
    }

    /**
     * Whether every file a record names is a regular file below the directory of one of the YAML files, as
     * {@code file:} keys require: a record edited by hand must not make a run read a device, a pipe or a file
     * elsewhere on the machine.
     */
    private static boolean readable(List<String> files, List<Path> yamlFiles) {
        try {
            List<Path> roots = new ArrayList<>();
            for (Path yaml : yamlFiles) roots.add(yaml.toAbsolutePath().normalize().getParent().toRealPath());
            for (String file : files) {
                Path real = Path.of(file).toRealPath();
                if (!Files.isRegularFile(real) || roots.stream().noneMatch(real::startsWith)) return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The hash of the files of SQL (paths and bytes); empty when one cannot be read. */
    private static Optional<String> sqlDigest(List<String> files) {
        MessageDigest md = sha256();
        text(md, "sql files " + files.size());
        try {
            for (String file : files) bytes(md, Path.of(file));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(md.digest()));
    }

    /** A path as recorded: relative to the working directory when under it (a checkout moves), else absolute. */
    private static String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    private static void bytes(MessageDigest md, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        text(md, "file " + file + " " + bytes.length);
        md.update(bytes);
    }

    private static void text(MessageDigest md, String text) {
        md.update(text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
