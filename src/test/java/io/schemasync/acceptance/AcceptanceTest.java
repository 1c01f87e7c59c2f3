package io.schemasync.acceptance;

import io.schemasync.dryrun.DryRun;
import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyResult;
import io.schemasync.server.SchemaRejectedException;
import io.schemasync.apply.SchemaSync;
import io.schemasync.server.SyncException;
import io.schemasync.catalog.CatalogReader;
import io.schemasync.cli.Main;
import io.schemasync.load.SchemaException;
import io.schemasync.load.SchemaLoader;
import io.schemasync.load.YamlWriter;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.plan.Hazard;
import io.schemasync.plan.Plan;
import io.schemasync.render.SqlRenderer;
import io.schemasync.render.TextRenderer;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The acceptance suite: every directory under {@code src/test/resources/cases/<area>/<name>/} is one case (see
 * {@link Case}), run against a real PostgreSQL. A case is planned and the plan compared with {@code expected.txt};
 * it is applied and planned again (empty); the result is compared with a database built straight from the YAML;
 * the introspected YAML plans empty; and the SQL script form runs twice on a fresh copy of the starting database.
 * <p>
 * {@code -Dschemasync.updateExpected=true} rewrites the {@code expected.txt} files instead of comparing them (read
 * every changed file before committing it); {@code -Dschemasync.cases=alter/} runs only the cases whose name
 * contains the text ({@code -Dschemasync.cases=views/,matviews/}: any of the texts).
 * <p>
 * Each case gets three fresh databases from {@link io.schemasync.test.PostgresExtension}: the one it is applied to, the one built
 * straight from the YAML, and the one the script runs on.
 */
@PostgresTest
class AcceptanceTest {
    private static final Path ROOT = Path.of("src/test/resources/cases");
    private static final boolean UPDATE = Boolean.getBoolean("schemasync.updateExpected");
    private static final String TARGET = "test";
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);
    /** The major of the default test server (pom.xml's pg.version): the one the common expected files are for. */
    private static final int COMMON_MAJOR = 17;

    static Stream<Case> cases() throws IOException {
        String only = System.getProperty("schemasync.cases", "");
        List<String> texts = List.of(only.split(",", -1));
        List<Case> all = Case.findAll(ROOT);
        assertTrue(all.size() >= 70, "expected at least 70 cases under " + ROOT + ", found " + all.size());
        List<Case> chosen = all.stream().filter(c -> texts.stream().anyMatch(c.name()::contains)).toList();
        assertFalse(chosen.isEmpty(), "no case name contains \"" + String.join("\" or \"", texts) + "\"");
        return chosen.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void acceptance(Case c, TestDatabase live, TestDatabase fromYaml, TestDatabase script) throws Exception {
        try {
            runCase(c, live, fromYaml, script);
        } catch (SyncException | SchemaException | SQLException e) {
            throw new AssertionError(c + ": " + e.getMessage(), e);
        }
    }

    private static void runCase(Case c, TestDatabase live, TestDatabase fromYaml, TestDatabase script)
            throws Exception {
        try (Connection conn = live.connect()) {
            if (c.isHostile()) Canary.plant(conn);
            run(conn, c.setupSql());
            run(conn, c.beforeSql());
            Canary.State canary = c.isHostile() ? Canary.read(conn) : null;
            if (c.isErrorCase()) {
                Database before = readAll(conn);
                if (c.isHostile()) expectRefusedOffline(c);
                expectRejected(c, conn, before);
                if (canary != null) Canary.check(c, conn, canary, "after the rejected plan");
                return;
            }
            if (c.isHostile()) expectValid(c);
            Database desired = SchemaLoader.load(c.schemaPaths());
            // The state before is compared with the state after only where the case must leave the database alone;
            // a case that applies reads it (its managed schemas) in the plan, and reads all of it here only where
            // objects stand outside the managed schemas, which no later step reads.
            Database before = live.major() < c.minVersion() || c.expectsRefusal()
                    || holdsUnmanagedObjects(conn, desired) ? readAll(conn) : null;
            if (live.major() < c.minVersion()) {
                expectTooOld(c, conn, desired, before, live.major());
                return;
            }
            // -Dschemasync.acceptance.helper=true (with -Dschemasync.parallelFrom=2): the plan materializes on two
            // connections (canonical.Learned), and must read exactly as on one.
            Plan plan = DryRun.plan(conn, desired, Boolean.getBoolean("schemasync.acceptance.helper")
                    ? c.settings().withHelper(live::connect) : c.settings());
            if (canary != null) Canary.check(c, conn, canary, "after plan");
            checkFile(c, "expected.txt", TextRenderer.render(plan, TARGET, false), live.major());
            checkFile(c, "plan.sql", statements(plan), live.major());
            boolean applied = applyExpectingOutcome(c, conn, desired, plan, before);
            if (canary != null) Canary.check(c, conn, canary, "after apply and the plan after it");
            if (!applied) return;
            if (c.isHostile()) checkApplied(c, conn, desired);
            Database result = sameAsBuiltFromYaml(c, conn, desired, fromYaml);
            introspectedYamlPlansEmpty(c, conn, result);
            if (canary != null) Canary.check(c, conn, canary, "at the end of the case");
            scriptRunsTwice(c, plan, desired, script);
        }
    }

    /**
     * A hostile case's schema is refused offline: by the loader alone, and by {@code validate} (exit 2, the same
     * file:line:col lines), before any database is touched.
     */
    private static void expectRefusedOffline(Case c) {
        assertThrows(SchemaException.class, () -> SchemaLoader.load(c.schemaPaths()),
                c + ": the loader accepted the schema; a hostile case must be refused offline");
        Validated v = validate(c);
        assertEquals(2, v.code(), c + ": validate must exit 2 (invalid schema files):\n" + v.err());
        for (String line : c.errorLines()) {
            assertTrue(v.err().contains(line), c + ": validate's output lacks\n  " + line + "\nit was:\n" + v.err());
        }
    }

    /** A hostile case that is meant to apply passes {@code validate}. */
    private static void expectValid(Case c) {
        Validated v = validate(c);
        assertEquals(0, v.code(), c + ": validate refused the schema:\n" + v.err());
    }

    private record Validated(int code, String err) {}

    private static Validated validate(Case c) {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[] {"validate", "-s", c.schemaPaths().getFirst().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        return new Validated(code, err.toString(StandardCharsets.UTF_8).replace(c.dir() + "/", ""));
    }

    /** The YAML (or, for errors only the server finds, the plan) is rejected and the database is left alone. */
    private static void expectRejected(Case c, Connection conn, Database before) throws Exception {
        Exception e = assertThrows(Exception.class, () -> {
            Database desired = SchemaLoader.load(c.schemaPaths());
            DryRun.plan(conn, desired, c.allowDestructive());
        }, c + ": the schema files were accepted, but error.txt expects them to be rejected");
        if (!(e instanceof SchemaException) && !(e instanceof SchemaRejectedException)) {
            throw new AssertionError(c + ": expected SchemaException or SchemaRejectedException, got " + e, e);
        }
        String message = e.getMessage().replace(c.dir() + "/", "");
        for (String line : c.errorLines()) {
            assertTrue(message.contains(line), c + ": the error output lacks\n  " + line + "\nit was:\n" + message);
        }
        assertSameModel(c, "the database after a rejected schema", before, readAll(conn));
    }

    /**
     * A case that needs a newer server than the one under test: the plan fails, says which version is needed (not
     * just the server's syntax error), and changes nothing.
     */
    private static void expectTooOld(Case c, Connection conn, Database desired, Database before, int major)
            throws Exception {
        SyncException e = assertThrows(SyncException.class, () -> DryRun.plan(conn, desired, false),
                c + " needs PostgreSQL " + c.minVersion() + "; on " + major + " the plan must fail");
        assertTrue(e.getMessage().contains("PostgreSQL " + c.minVersion()), c + ": on PostgreSQL " + major
                + " the failure must say that PostgreSQL " + c.minVersion() + " is needed: " + e.getMessage());
        assertSameModel(c, "the database after a failed plan", before, readAll(conn));
    }

    /**
     * What a hostile case created, exactly: the managed schemas after apply as {@code introspect} writes them, in
     * the server's own text ({@code pg_get_expr}), so the reviewed file shows that a would-be statement became the
     * value of a string and nothing else.
     */
    private static void checkApplied(Case c, Connection conn, Database desired) throws Exception {
        Database result = CatalogReader.read(conn, managed(desired)).database();
        checkFile(c, "applied.yaml", String.join("", YamlWriter.files(result, false).values()));
    }

    /**
     * The plan as this server prints it. It carries the server's canonical text, which a few forms print
     * differently on older majors (a view's query: PostgreSQL 13 to 15 qualify every column), and a few changes take
     * another form on another major (SET NOT NULL on a table with rows is a NOT NULL constraint NOT VALID on 18), so
     * a case may hold a variant for one major ({@code plan.pg13.sql}, {@code expected.pg18.txt}), used instead of the
     * common file on exactly that major, or for a range of majors ({@code plan.pg13-15.sql}). The common file is the default test server's ({@link #COMMON_MAJOR}); updating on another major
     * writes the variant only where the text differs from the common file, and removes it where it does not.
     */
    private static void checkFile(Case c, String name, String actual, int major) throws IOException {
        Path variant = c.dir().resolve(Case.variant(name, major));
        // A range of majors that prints the same (plan.pg13-15.sql) stands in for each one's own file.
        String shared = major == COMMON_MAJOR ? name : Case.range(c.dir(), name, major).orElse(name);
        if (UPDATE && major != COMMON_MAJOR && Files.exists(c.dir().resolve(shared))) {
            if (Files.readString(c.dir().resolve(shared)).equals(actual)) Files.deleteIfExists(variant);
            else Files.writeString(variant, actual);
            return;
        }
        checkFile(c, Files.exists(variant) ? variant.getFileName().toString() : shared, actual);
    }

    private static void checkFile(Case c, String name, String actual) throws IOException {
        Path file = c.dir().resolve(name);
        if (UPDATE) {
            Files.writeString(file, actual);
            return;
        }
        if (!Files.exists(file)) fail(c + ": no " + name + "; it would be\n" + actual);
        assertEquals(Files.readString(file), actual, c + ": differs from " + name);
    }

    /**
     * The SQL of every step, as apply sends it, so that a change of emitted SQL shows in review: each step under
     * a comment naming it, with its phase when that is not the transaction, and "refused" when it may not run.
     */
    static String statements(Plan plan) {
        StringBuilder out = new StringBuilder();
        for (var step : plan.steps()) {
            out.append("-- ").append(step.action().name().toLowerCase()).append(' ').append(step.change().target())
                    .append(": ").append(step.summary().replace('\n', ' '));
            if (step.phase() != io.schemasync.plan.Phase.TRANSACTION) {
                out.append(" [").append(step.phase().name().toLowerCase().replace('_', ' ')).append(']');
            }
            if (step.refused()) out.append(" [refused]");
            out.append('\n');
            step.statements().forEach(sql -> out.append(sql).append(";\n"));
        }
        return out.toString();
    }

    /** Applies; returns false when the case ends there (a refused plan, which must leave the database alone). */
    private static boolean applyExpectingOutcome(Case c, Connection conn, Database desired, Plan plan,
                                                 Database before) throws Exception {
        List<String> ran = new ArrayList<>();
        ApplyResult result = apply(conn, desired, c.settings(), ran);
        if (c.expectsRefusal()) {
            assertTrue(plan.hasRefusals(), c + ": exit.txt says " + c.exit() + " but the plan refuses nothing");
            if (c.exit().equals("unsupported")) {
                assertTrue(plan.steps().stream().anyMatch(s -> s.refused() && s.hazards().stream()
                        .anyMatch(h -> h.kind() == Hazard.Kind.UNSUPPORTED)), c + ": no step is unsupported");
            }
            assertFalse(result.applied(), c + ": a refused plan was applied: " + ran);
            assertEquals(List.of(), ran, c + ": statements ran although the plan was refused");
            assertSameModel(c, "the database after a refused apply", before, readAll(conn));
            return false;
        }
        assertFalse(plan.hasRefusals(), c + ": the plan refuses steps; if that is right, say so in exit.txt");
        assertTrue(result.applied() || plan.isEmpty(), c + ": the plan was not applied");
        Plan again = DryRun.plan(conn, desired, c.settings());
        assertTrue(again.isEmpty(), () -> c + ": after apply the plan is not empty:\n"
                + TextRenderer.render(again, TARGET, false) + "statements that ran:\n" + String.join("\n", ran));
        return true;
    }

    private static ApplyResult apply(Connection conn, Database desired, DryRun.Settings settings, List<String> ran)
            throws SyncException {
        try {
            return SchemaSync.apply(conn, desired, new SchemaSync.Options(settings.allowDestructive(), LOCK_TIMEOUT,
                            true, SchemaSync.Options.WAIT_FOR_OTHERS, settings.dropUnmanaged(), null, null, true),
                    new ApplyListener() {
                        @Override
                        public void executing(String sql) {
                            ran.add(sql);
                        }
                    });
        } catch (SyncException e) {
            throw new SyncException(e.getMessage() + (e.statement() == null ? "" : "\nstatement: " + e.statement())
                    + "\nstatements that ran:\n" + String.join("\n", ran), e.statement(), e);
        }
    }

    /**
     * Altering the old database must end where creating from nothing ends (in the managed schemas): the same
     * catalog text, or, where the old database was built from other but equivalent SQL (a pg_dump restore prints
     * {@code IN (...)} on a varchar differently), a catalog that the other database's introspected YAML plans
     * empty against.
     */
    private static Database sameAsBuiltFromYaml(Case c, Connection conn, Database desired, TestDatabase fromYaml)
            throws Exception {
        try (Connection other = fromYaml.connect()) {
            run(other, c.setupSql());
            ApplyResult built = apply(other, desired, new DryRun.Settings(false, false), new ArrayList<>());
            assertTrue(built.applied() || built.plan().isEmpty(), c + ": the YAML alone did not apply");
            Predicate<String> managed = managed(desired);
            Database otherLive = CatalogReader.read(other, managed).database();
            Database alteredLive = CatalogReader.read(conn, managed).database();
            assertEquals(managedAccess(otherLive, desired), managedAccess(alteredLive, desired),
                    c + ": owners, grants or row-level security differ from a database built straight from the YAML");
            Database fromYamlModel = notValidAsTheYamlSays(defined(otherLive, desired), desired);
            Database altered = notValidAsTheYamlSays(defined(alteredLive, desired), desired);
            if (fromYamlModel.equals(altered)) return alteredLive;
            if (c.beforeSql().isBlank()) {
                assertSameModel(c, "the database built by apply against one built straight from the YAML",
                        fromYamlModel, altered);
            }
            Plan plan = DryRun.plan(conn, fromYamlModel, false);
            assertTrue(plan.isEmpty(), () -> c + ": the altered database differs from one built straight from the"
                    + " YAML:\n" + TextRenderer.render(plan, TARGET, false));
            return alteredLive;
        }
    }

    /** The owners, grants and row-level security of {@code db} that the YAML manages (as the YAML gives them). */
    private static java.util.List<String> managedAccess(Database db, Database desired) {
        java.util.List<String> out = new ArrayList<>();
        for (io.schemasync.model.Access want : desired.access()) {
            var have = db.access(want.target()).orElse(null);
            if (have == null) {
                out.add(want.target() + ": missing");
                continue;
            }
            if (want.owner() != null) out.add(want.target() + " owner " + have.owner());
            if (want.grants() != null) out.add(want.target() + " grants " + have.grants());
            if (want.rowSecurity() != null) out.add(want.target() + " rls " + have.rowSecurity());
        }
        for (io.schemasync.model.DefaultPrivileges want : desired.defaults()) {
            out.add(want.schema() + " defaults " + want.forRole() + " " + want.on() + " " + db.defaults(want.schema(),
                    want.forRole(), want.on()).map(io.schemasync.model.DefaultPrivileges::grants).orElse(List.of()));
        }
        return out;
    }

    /**
     * A database built from nothing has every check and foreign key valid (CREATE TABLE ignores NOT VALID); where the
     * YAML says not_valid, a live one left NOT VALID is just as right, so the model built from the YAML says not_valid.
     */
    private static Database notValidAsTheYamlSays(Database db, Database desired) {
        return new Database(db.schemas().stream().map(s -> s.withTables(s.tables().stream().map(t -> {
            var want = desired.table(s.name(), t.name()).orElse(null);
            if (want == null) return t;
            java.util.Set<String> notValid = new java.util.HashSet<>();
            want.constraints().stream().filter(k -> !k.validated()).forEach(k -> notValid.add(k.name()));
            return new io.schemasync.model.Table(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                    t.checks().stream().map(ck -> notValid.contains(ck.name()) ? new io.schemasync.model.CheckConstraint(
                            ck.name(), ck.expression(), false) : ck).toList(),
                    t.foreignKeys().stream().map(fk -> notValid.contains(fk.name()) ? fk.withValidated(false) : fk)
                            .toList(), t.indexes(), t.comment(), t.renamedFrom(), t.options(), t.exclusions(),
                    t.partitioning());
        }).toList())).toList());
    }

    /** Only what the YAML defines: tables, types and sequences it does not mention are unmanaged and left alone. */
    private static Database defined(Database db, Database desired) {
        return new Database(db.schemas().stream().map(s -> {
            var want = desired.schema(s.name()).orElseThrow();
            // A version the YAML does not name is whatever the server installs: not part of what it defines.
            var extensions = s.extensions().stream().map(x -> want.extensions().stream()
                    .anyMatch(w -> w.name().equals(x.name()) && w.version() != null) ? x
                    : io.schemasync.model.Extension.named(x.name())).toList();
            return new io.schemasync.model.Schema(s.name(), s.comment(), extensions,
                    s.enums().stream().filter(e -> want.enumType(e.name()).isPresent()).toList(),
                    s.sequences().stream().filter(q -> want.sequence(q.name()).isPresent()).toList(),
                    s.tables().stream().filter(t -> want.table(t.name()).isPresent()).toList(),
                    s.objects().stream().filter(o -> want.object(o.refKind(), o.name()).isPresent()).toList());
        }).toList());
    }

    /**
     * What introspect writes for the result (the managed schemas as read after apply; a dry-run plan since then
     * changed none of them) loads again and plans empty against it.
     */
    private static void introspectedYamlPlansEmpty(Case c, Connection conn, Database result) throws Exception {
        Path dir = Files.createTempDirectory("schemasync-introspect");
        try {
            // With owner: where the owner is not the role that reads (grants/ cases own objects by app_owner).
            Map<Path, String> files = YamlWriter.files(result, false, CatalogReader.session(conn).user());
            for (var file : files.entrySet()) Files.writeString(dir.resolve(file.getKey()), file.getValue());
            Database reloaded = SchemaLoader.load(List.of(dir));
            Plan plan = DryRun.plan(conn, reloaded, true);
            assertTrue(plan.isEmpty(), () -> c + ": the introspected YAML does not plan empty:\n"
                    + TextRenderer.render(plan, TARGET, false) + "YAML:\n" + String.join("\n", files.values()));
        } finally {
            deleteTree(dir);
        }
    }

    /** The printed script applies the plan on a fresh copy of the starting database, and replays safely. */
    private static void scriptRunsTwice(Case c, Plan plan, Database desired, TestDatabase script) throws Exception {
        String sql = SqlRenderer.render(plan, TARGET);
        try (Connection conn = script.connect()) {
            if (c.isHostile()) Canary.plant(conn);
            run(conn, c.setupSql());
            run(conn, c.beforeSql());
            Canary.State canary = c.isHostile() ? Canary.read(conn) : null;
            for (int round = 1; round <= 2; round++) {
                try {
                    for (String statement : ScriptStatements.split(sql)) run(conn, statement);
                } catch (SQLException e) {
                    throw new AssertionError(c + ": the SQL script failed in run " + round + ": " + e.getMessage()
                            + "\n" + sql, e);
                }
            }
            Plan after = DryRun.plan(conn, desired, c.settings());
            assertTrue(after.isEmpty(), () -> c + ": after the SQL script the plan is not empty:\n"
                    + TextRenderer.render(after, TARGET, false) + "script:\n" + sql);
            if (canary != null) Canary.check(c, conn, canary, "after the SQL script ran twice");
        }
    }

    private static Predicate<String> managed(Database desired) {
        Set<String> names = desired.schemas().stream().map(Schema::name).collect(Collectors.toSet());
        return names::contains;
    }

    /**
     * Whether any schema the YAML does not manage holds an object (anything that depends on the schema: a relation,
     * type, function, extension, default privileges...). Where none does, reading every schema reads nothing the
     * plan's read of the managed ones does not.
     */
    private static boolean holdsUnmanagedObjects(Connection conn, Database desired) throws SQLException {
        conn.setAutoCommit(true);
        try (var st = conn.prepareStatement("""
                select exists (select 1 from pg_catalog.pg_namespace n join pg_catalog.pg_depend d
                                 on d.refclassid = 'pg_catalog.pg_namespace'::regclass and d.refobjid = n.oid
                               where d.deptype <> 'p' and n.nspname <> all (?)
                                 and n.nspname not in ('pg_catalog', 'information_schema')
                                 and n.nspname !~ '^pg_(toast|temp_|toast_temp_)')""")) {
            st.setArray(1, conn.createArrayOf("text", desired.schemas().stream().map(Schema::name).toArray()));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Database readAll(Connection conn) throws SQLException {
        conn.setAutoCommit(true);
        return CatalogReader.read(conn, s -> true).database();
    }

    /** Compared as YAML first, so a failure shows a readable difference; then exactly. */
    private static void assertSameModel(Case c, String what, Database expected, Database actual) {
        assertEquals(YamlWriter.files(expected, false).toString(), YamlWriter.files(actual, false).toString(),
                c + ": " + what);
        assertEquals(expected, actual, c + ": " + what);
    }

    private static void run(Connection conn, String sql) throws SQLException {
        if (sql.isBlank()) return;
        conn.setAutoCommit(true);
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
