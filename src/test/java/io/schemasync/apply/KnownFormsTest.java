package io.schemasync.apply;

import io.schemasync.canonical.Learned;
import io.schemasync.dryrun.DryRun;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.plan.Plan;
import io.schemasync.server.SyncException;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9: canonical forms recorded by apply (schemasync.known_forms) spare the next run the materialization, and
 * a record that is stale, deleted or tampered with never hides a difference: the unit is learned again.
 */
@PostgresTest
class KnownFormsTest {
    private static final String SCHEMA = """
            schemas:
              public:
                enums:
                  mood: [ok, happy]
                tables:
                  account:
                    columns:
                      id:      { type: bigint, identity: always }
                      name:    { type: varchar(100), nullable: false, default: "'anonymous'" }
                      mood:    { type: mood, nullable: false, default: "'ok'" }
                      balance: { type: "numeric(12,2)", nullable: false, default: 0 }
                      %s
                    primary_key: [id]
                    checks:
                      account_balance_check: balance >= 0
                    indexes:
                      account_lower_name_idx: { columns: ["lower(name)"], where: "mood <> 'happy'" }
                  entry:
                    columns:
                      id:         { type: bigint, identity: always }
                      account_id: { type: bigint, nullable: false }
                      amount:     { type: int, nullable: false }
                    primary_key: [id]
                    foreign_keys:
                      entry_account_fk: { columns: [account_id], references: account(id) }
                  audit:
                    columns:
                      at: { type: timestamptz, nullable: false, default: now() }
                views:
                  rich_accounts:
                    query: SELECT id, name FROM account WHERE balance > 100
            """;
    private static final SchemaSync.Options OPTIONS = new SchemaSync.Options(true, Duration.ofSeconds(5), true);

    /** Units of {@link #SCHEMA}: the enum; account with its view; entry; audit. */
    private static final int UNITS = 4;

    @Test
    void aNoOpRunAfterAnApplyMaterializesNothing(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "");
        try (Connection c = db.connect()) {
            assertEquals(UNITS, planned(c, desired).observation().materialized(), "nothing is known before an apply");
            apply(c, desired);
            rows(db);
            DryRun.Planned again = planned(c, desired);
            assertTrue(again.plan().isEmpty(), again.plan().steps().toString());
            assertEquals(0, again.observation().materialized());
            assertEquals(UNITS, count(c, "SELECT count(*) FROM schemasync.known_forms"));
        }
    }

    @Test
    void anObjectAlteredByHandIsLearnedAgainAndItsDifferencePlanned(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "");
        try (Connection c = db.connect()) {
            apply(c, desired);
            rows(db);
            db.execute("ALTER TABLE account DROP CONSTRAINT account_balance_check;"
                    + " ALTER TABLE account ADD CONSTRAINT account_balance_check CHECK (balance >= -5)");
            DryRun.Planned planned = planned(c, desired);
            assertEquals(1, planned.observation().materialized(), "only the altered table's unit is learned again");
            assertEquals("public.account.account_balance_check", targets(planned.plan()));
            apply(c, desired);
            assertEquals(0, planned(c, desired).observation().materialized());
            db.execute("ALTER TABLE audit ALTER COLUMN at SET DEFAULT clock_timestamp()");
            assertEquals("public.audit.at", targets(planned(c, desired).plan()));
        }
    }

    @Test
    void deletedRecordsOnlyCostTime(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "");
        try (Connection c = db.connect()) {
            apply(c, desired);
            db.execute("DELETE FROM schemasync.known_forms");
            DryRun.Planned planned = planned(c, desired);
            assertTrue(planned.plan().isEmpty());
            assertEquals(UNITS, planned.observation().materialized());
            db.execute("DROP TABLE schemasync.known_forms");
            assertTrue(planned(c, desired).plan().isEmpty());
            apply(c, desired);
            assertEquals(0, planned(c, desired).observation().materialized(), "the next apply recreates the table");
        }
    }

    @Test
    void aTamperedRecordCannotHideADifference(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "");
        try (Connection c = db.connect()) {
            apply(c, desired);
            rows(db);
            db.execute("ALTER TABLE account ALTER COLUMN name SET DEFAULT 'somebody';"
                    + " UPDATE schemasync.known_forms SET live_fingerprint = md5(live_fingerprint);"
                    + " INSERT INTO schemasync.known_forms (key, live_fingerprint) VALUES ('x', 'y')");
            DryRun.Planned planned = planned(c, desired);
            assertEquals(UNITS, planned.observation().materialized());
            assertEquals("public.account.name", targets(planned.plan()));
            // Records swapped between units: each unit's fingerprint is another unit's.
            apply(c, desired);
            db.execute("UPDATE schemasync.known_forms k SET live_fingerprint = o.live_fingerprint"
                    + " FROM schemasync.known_forms o WHERE o.key <> k.key AND o.key <> 'x' AND k.key <> 'x'");
            assertEquals(UNITS, planned(c, desired).observation().materialized());
        }
    }

    @Test
    void aChangedYamlLearnsOnlyWhatChanged(TestDatabase db, @TempDir Path dir) throws Exception {
        try (Connection c = db.connect()) {
            apply(c, load(dir, ""));
            rows(db);
            Database changed = load(dir, "note: { type: text, default: \"'none'\" }");
            DryRun.Planned planned = planned(c, changed);
            assertEquals(1, planned.observation().materialized(), "the account unit (with its view) only");
            assertEquals("public.account.note", targets(planned.plan()));
            apply(c, changed);
            assertEquals(0, planned(c, changed).observation().materialized());
        }
    }

    @Test
    void whatNamesResolveToIsPartOfTheKey(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "");
        try (Connection c = db.connect()) {
            apply(c, desired);
            // A new overload may change which function a default calls: everything is learned again.
            db.execute("CREATE FUNCTION lower(varchar) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower($1::text)'");
            assertEquals(UNITS, planned(c, desired).observation().materialized());
        }
    }

    @Test
    void anApplyMaterializesItsSchemaOnceAndItsVerificationReusesIt(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("schema.yaml");
        // Tables only: a new enum, like a new function, changes the context (see the next test).
        Files.writeString(file, SCHEMA.formatted("").replace("    enums:\n      mood: [ok, happy]\n", "")
                .replace("type: mood,", "type: text,"));
        Database desired = SchemaLoader.load(List.of(file));
        Learned learned = new Learned();
        try (Connection c = db.connect()) {
            SchemaSync.apply(c, desired, withLearned(learned), new ApplyListener() {});
            assertEquals(1, learned.reused(), "the verification before the commit materialized nothing");
            assertTrue(planned(c, desired).plan().isEmpty());
        }
    }

    @Test
    void aFunctionTheApplyCreatesMakesItsVerificationMaterializeAgain(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, """
                schemas:
                  public:
                    functions:
                      half(numeric):
                        returns: numeric
                        language: sql
                        volatility: immutable
                        body: SELECT $1 / 2
                    tables:
                      price:
                        columns:
                          amount: { type: numeric, nullable: false }
                          half:   { type: numeric, generated: { expression: half(amount) } }
                """);
        Database desired = SchemaLoader.load(List.of(file));
        Learned learned = new Learned();
        try (Connection c = db.connect()) {
            SchemaSync.apply(c, desired, withLearned(learned), new ApplyListener() {});
            assertEquals(0, learned.reused(), "a new function may change what the YAML's text resolves to");
            assertTrue(planned(c, desired).plan().isEmpty());
        }
    }

    @Test
    void reusedFormsNeverHideADifference(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "");
        try (Connection c = db.connect()) {
            apply(c, desired);
            db.execute("DELETE FROM schemasync.known_forms");
            Learned learned = new Learned();
            DryRun.Settings settings = new DryRun.Settings(true, false, learned);
            assertTrue(DryRun.planned(c, desired, settings).plan().isEmpty());
            db.execute("ALTER TABLE account ALTER COLUMN name SET DEFAULT 'somebody'");
            DryRun.Planned again = DryRun.planned(c, desired, settings);
            assertEquals(1, learned.reused());
            assertEquals("public.account.name", targets(again.plan()));
        }
    }

    @Test
    void aReadOnlyRoleChecksDriftWithoutCreateWhileEveryFormIsKnown(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Database desired = load(dir, "");
        try (Connection c = db.connect()) {
            apply(c, desired);
            db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'drift_reader') THEN"
                    + " CREATE ROLE drift_reader; END IF; END $$;"
                    + " REVOKE CREATE ON DATABASE " + db.name() + " FROM PUBLIC;"
                    + " GRANT USAGE ON SCHEMA schemasync TO drift_reader;"
                    + " GRANT SELECT ON schemasync.known_forms TO drift_reader");
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET ROLE drift_reader");
            }
            assertTrue(planned(c, desired).plan().isEmpty());
            assertEquals(0, count(c, "SELECT has_database_privilege(current_database(), 'CREATE')::int"));
            db.execute("ALTER TABLE audit ALTER COLUMN at DROP DEFAULT");
            SyncException e = assertThrows(SyncException.class, () -> planned(c, desired));
            assertTrue(e.getMessage().contains("lacks the CREATE privilege"), e.getMessage());
        }
    }

    private static SchemaSync.Options withLearned(Learned learned) {
        SchemaSync.Options o = OPTIONS;
        return new SchemaSync.Options(o.allowDestructive(), o.lockTimeout(), o.verify(), o.waitForOthers(),
                o.dropUnmanaged(), o.expected(), o.history(), o.knownForms(), o.batchSize(), learned, null);
    }

    private static Database load(Path dir, String extraColumn) throws Exception {
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, SCHEMA.formatted(extraColumn));
        return SchemaLoader.load(List.of(file));
    }

    private static void rows(TestDatabase db) throws Exception {
        db.execute("INSERT INTO account (name, balance) SELECT 'a' || g, g FROM generate_series(1, 500) g;"
                + " INSERT INTO entry (account_id, amount) SELECT id, 1 FROM account; INSERT INTO audit DEFAULT VALUES");
    }

    private static void apply(Connection c, Database desired) throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        SchemaSync.apply(c, desired, OPTIONS, new ApplyListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        });
        assertEquals(List.of(), warnings);
        assertTrue(planned(c, desired).plan().isEmpty(), "the apply brought the database to the schema");
    }

    private static DryRun.Planned planned(Connection c, Database desired) throws Exception {
        return DryRun.planned(c, desired, new DryRun.Settings(true, false));
    }

    private static String targets(Plan plan) {
        return plan.steps().stream().map(s -> s.change().target().toString().replaceFirst("^\\S+ ", ""))
                .distinct().collect(Collectors.joining(", "));
    }

    private static int count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
