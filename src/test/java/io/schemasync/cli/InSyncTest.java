package io.schemasync.cli;

import io.schemasync.dryrun.InSync;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9: a no-op plan or apply answered from schemasync.in_sync (see {@link InSync}) prints exactly what the full
 * run prints, and nothing that the full run would find can hide behind the record: every change the catalog
 * reader sees, a changed file, another search path or role, a new overload, a stale, deleted or tampered record —
 * each makes the run plan in full.
 */
@PostgresTest
class InSyncTest {
    private static final String SCHEMA = """
            schemas:
              app:
                enums:
                  mood: [ok, happy]
                sequences:
                  ticket_seq: { increment: 10 }
                domains:
                  phone: { type: "varchar(20)", checks: { phone_digits: "VALUE ~ '^[0-9 ]+$'" } }
                tables:
                  account:
                    comment: who pays
                    columns:
                      id:      { type: bigint, identity: always }
                      name:    { type: varchar(100), nullable: false, default: "'anonymous'" }
                      mood:    { type: mood, nullable: false, default: "'ok'" }
                      phone:   { type: phone }
                      balance: { type: "numeric(12,2)", nullable: false, default: 0 }
                      slug:    { type: text }
                    primary_key: [id]
                    checks:
                      account_balance_check: balance >= 0
                    unique:
                      account_name_key: [name]
                    indexes:
                      account_lower_name_idx: { columns: ["lower(name)"], where: "mood <> 'happy'" }
                    triggers:
                      account_slug:
                        timing: before
                        events: [insert, update]
                        for_each: row
                        function: set_slug
                    row_level_security: { enabled: true }
                    policies:
                      rich_only: { command: select, using: "balance > 0" }
                    grants:
                      PUBLIC: [select]
                  entry:
                    columns:
                      id:         { type: bigint, identity: always }
                      account_id: { type: bigint, nullable: false }
                      amount:     { type: int, nullable: false }
                    primary_key: [id]
                    foreign_keys:
                      entry_account_fk: { columns: [account_id], references: account(id) }
                views:
                  rich_accounts:
                    query: SELECT id, name FROM app.account WHERE balance > 100
                materialized_views:
                  totals:
                    query: SELECT account_id, sum(amount) AS total FROM app.entry GROUP BY account_id
                    indexes:
                      totals_key: { columns: [account_id], unique: true }
                functions:
                  "set_slug()":
                    returns: trigger
                    language: plpgsql
                    file: set_slug.sql
            """;
    private static final String BODY = "BEGIN NEW.slug := lower(NEW.name); RETURN NEW; END";

    /** Hand changes, each with its undo: every one is something a catalog query of the reader reads. */
    private static final List<List<String>> CHANGES = List.of(
            List.of("ALTER TABLE app.account ALTER COLUMN name SET DEFAULT 'nobody'",
                    "ALTER TABLE app.account ALTER COLUMN name SET DEFAULT 'anonymous'"),
            List.of("ALTER TABLE app.account ALTER COLUMN slug SET NOT NULL", "ALTER TABLE app.account ALTER COLUMN slug DROP NOT NULL"),
            List.of("ALTER TABLE app.account ADD COLUMN extra int", "ALTER TABLE app.account DROP COLUMN extra"),
            List.of("ALTER TABLE app.account DROP CONSTRAINT account_balance_check",
                    "ALTER TABLE app.account ADD CONSTRAINT account_balance_check CHECK (balance >= 0)"),
            List.of("DROP INDEX app.account_lower_name_idx",
                    "CREATE INDEX account_lower_name_idx ON app.account (lower(name)) WHERE mood <> 'happy'"),
            List.of("ALTER TABLE app.entry DROP CONSTRAINT entry_account_fk", "ALTER TABLE app.entry ADD CONSTRAINT"
                    + " entry_account_fk FOREIGN KEY (account_id) REFERENCES app.account (id)"),
            List.of("ALTER SEQUENCE app.ticket_seq INCREMENT 5", "ALTER SEQUENCE app.ticket_seq INCREMENT 10"),
            List.of("COMMENT ON TABLE app.account IS 'who owes'", "COMMENT ON TABLE app.account IS 'who pays'"),
            List.of("ALTER DOMAIN app.phone DROP CONSTRAINT phone_digits",
                    "ALTER DOMAIN app.phone ADD CONSTRAINT phone_digits CHECK (VALUE ~ '^[0-9 ]+$')"),
            List.of("CREATE OR REPLACE VIEW app.rich_accounts AS SELECT id, name FROM app.account WHERE balance > 101",
                    "CREATE OR REPLACE VIEW app.rich_accounts AS SELECT id, name FROM app.account WHERE balance > 100"),
            List.of("DROP INDEX app.totals_key", "CREATE UNIQUE INDEX totals_key ON app.totals (account_id)"),
            List.of("CREATE OR REPLACE FUNCTION app.set_slug() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
                    "FUNCTION_DEF"),
            List.of("ALTER TABLE app.account DISABLE TRIGGER account_slug", "ALTER TABLE app.account ENABLE TRIGGER account_slug"),
            List.of("ALTER POLICY rich_only ON app.account USING (balance > 1)", "ALTER POLICY rich_only ON app.account USING (balance > 0)"),
            List.of("ALTER TABLE app.account DISABLE ROW LEVEL SECURITY", "ALTER TABLE app.account ENABLE ROW LEVEL SECURITY"),
            List.of("REVOKE SELECT ON app.account FROM PUBLIC", "GRANT SELECT ON app.account TO PUBLIC"),
            List.of("GRANT UPDATE (name) ON app.account TO PUBLIC", "REVOKE UPDATE (name) ON app.account FROM PUBLIC"),
            List.of("ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC",
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT ON TABLES FROM PUBLIC"),
            List.of("CREATE TABLE app.stray (id int)", "DROP TABLE app.stray"),
            List.of("CREATE FUNCTION app.stray() RETURNS int LANGUAGE sql AS 'SELECT 1'", "DROP FUNCTION app.stray()"),
            List.of("CREATE SCHEMA stray", "DROP SCHEMA stray"),
            List.of("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", "DROP EXTENSION pg_trgm"),
            // Not in the model, but what names in the YAML resolve to: a new overload of a function a default calls.
            List.of("CREATE FUNCTION public.lower(varchar) RETURNS text LANGUAGE sql AS 'SELECT ''x''::text'",
                    "DROP FUNCTION public.lower(varchar)"),
            // Last, as a label cannot be removed again: the plan that runs instead finds it (below).
            java.util.Arrays.asList("ALTER TYPE app.mood ADD VALUE 'sad'", null));

    @Test
    void aNoOpRunIsAnsweredFromTheRecordAndPrintsWhatTheFullRunPrints(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path schema = write(dir, SCHEMA);
        MainTest.Result applied = run("apply", db, schema);
        assertEquals(0, applied.code(), applied.err() + applied.out());
        rows(db);
        for (String format : List.of("text", "json", "markdown", "sql")) {
            MainTest.Result recorded = run("plan", db, schema, "--format", format, "-v");
            assertEquals(0, recorded.code(), recorded.err());
            assertTrue(recorded.err().contains("in sync as recorded in schemasync.in_sync"), recorded.err());
            db.execute("DELETE FROM schemasync.in_sync");
            MainTest.Result full = run("plan", db, schema, "--format", format, "-v");
            assertFalse(full.err().contains("as recorded"), full.err());
            assertEquals(full.out(), recorded.out(), "the recorded answer prints what the full plan prints (" + format + ")");
            assertEquals(0, run("apply", db, schema).code());
        }
        // A no-op apply answered so is an apply all the same: under the lock, with its history row.
        MainTest.Result again = run("apply", db, schema, "-v");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("as recorded") || again.out().contains("Nothing to do"), again.err());
        assertTrue(again.out().contains("Nothing to do: database is in sync"), again.out());
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT outcome, schema_fingerprint IS NOT NULL, catalog_fingerprint IS NOT NULL"
                     + " FROM schemasync.history ORDER BY id DESC LIMIT 1")) {
            assertTrue(rs.next());
            assertEquals("nothing to do", rs.getString(1));
            assertTrue(rs.getBoolean(2) && rs.getBoolean(3), "the row has the fingerprints a full no-op apply writes");
        }
    }

    @Test
    void everyChangeTheReaderSeesMissesTheRecordAndIsPlanned(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = write(dir, SCHEMA);
        assertEquals(0, run("apply", db, schema).code());
        rows(db);
        InSync.Written key = key(schema);
        try (Connection c = db.connect()) {
            assertTrue(InSync.answer(c, key).isPresent(), "the apply recorded the files as in sync");
            String definition;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT pg_get_functiondef('app.set_slug()'::regprocedure)")) {
                rs.next();
                definition = rs.getString(1);
            }
            for (List<String> change : CHANGES) {
                db.execute(change.get(0));
                assertTrue(InSync.answer(c, key).isEmpty(), "the record still answers after: " + change.get(0));
                if (change.get(1) != null) {
                    db.execute(change.get(1).replace("FUNCTION_DEF", definition));
                    assertTrue(InSync.answer(c, key).isPresent(), "undone, the catalog reads as before: " + change.get(1));
                }
            }
        }
        // And the full plan that runs instead finds the difference (the enum's new label).
        MainTest.Result plan = run("plan", db, schema, "--exit-code", "-v");
        assertFalse(plan.err().contains("as recorded"), plan.err());
        assertTrue(plan.out().contains("sad"), plan.out());
    }

    @Test
    void changedFilesAndAnotherContextMissTheRecord(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = write(dir, SCHEMA);
        db.execute("CREATE ROLE in_sync_other");
        assertEquals(0, run("apply", db, schema).code());
        InSync.Written key = key(schema);
        try (Connection c = db.connect()) {
            assertTrue(InSync.answer(c, key).isPresent());
            // A comment in a YAML file is another key, whatever it means.
            Files.writeString(schema.resolve("schema.yaml"), SCHEMA + "# reviewed\n");
            assertTrue(InSync.answer(c, key(schema)).isEmpty());
            Files.writeString(schema.resolve("schema.yaml"), SCHEMA);
            // How unmanaged objects are treated is part of the key.
            assertFalse(key.equals(Recorded.key(List.of(schema), null, true).orElseThrow()));
            // A record naming a file elsewhere (a device, a secret) is not read: a full plan.
            db.execute("UPDATE schemasync.in_sync SET sql_files = array['/dev/zero']");
            assertTrue(InSync.answer(c, key).isEmpty(), "a file outside the schema's directories");
            assertEquals(0, run("apply", db, schema).code());
            assertTrue(InSync.answer(c, key).isPresent());
            // A file of SQL the YAML reads is checked at every run.
            Files.writeString(schema.resolve("set_slug.sql"), BODY.replace("lower", "upper"));
            assertTrue(InSync.answer(c, key).isEmpty(), "a changed function body in its file");
            Files.writeString(schema.resolve("set_slug.sql"), BODY);
            assertTrue(InSync.answer(c, key).isPresent());
            // Another search path: names resolve differently. Another role that reads the same catalog (a drift
            // check's) is answered; what it may not read it sees otherwise, and that is a full plan.
            try (Statement st = c.createStatement()) {
                st.execute("SET search_path = app, public");
                assertTrue(InSync.answer(c, key).isEmpty(), "another search_path");
                st.execute("RESET search_path");
                st.execute("GRANT in_sync_other TO CURRENT_USER");
                st.execute("GRANT USAGE ON SCHEMA schemasync TO in_sync_other");
                st.execute("GRANT SELECT ON schemasync.in_sync TO in_sync_other");
                st.execute("SET ROLE in_sync_other");
                assertTrue(InSync.answer(c, key).isPresent(), "a drift check's role");
                st.execute("RESET ROLE");
                assertTrue(InSync.answer(c, key).isPresent());
            }
        }
    }

    @Test
    void aStaleDeletedOrTamperedRecordOnlyCostsAFullPlan(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = write(dir, SCHEMA);
        assertEquals(0, run("apply", db, schema).code());
        InSync.Written key = key(schema);
        try (Connection c = db.connect()) {
            db.execute("UPDATE schemasync.in_sync SET state = md5(state)");
            assertTrue(InSync.answer(c, key).isEmpty(), "another catalog digest");
            assertEquals(0, run("apply", db, schema).code(), "the next apply records it again");
            assertTrue(InSync.answer(c, key).isPresent());
            db.execute("UPDATE schemasync.in_sync SET sql_digest = md5(sql_digest)");
            assertTrue(InSync.answer(c, key).isEmpty(), "another digest of the SQL files");
            assertEquals(0, run("apply", db, schema).code());
            db.execute("UPDATE schemasync.in_sync SET refs = refs[2:]");
            assertTrue(InSync.answer(c, key).isEmpty(), "refs that do not read as objects");
            assertEquals(0, run("apply", db, schema).code());
            // A record of other files (the same catalog, another YAML) answers only for those files.
            db.execute("UPDATE schemasync.in_sync SET key = md5(key)");
            assertTrue(InSync.answer(c, key).isEmpty());
            db.execute("DELETE FROM schemasync.in_sync");
            assertTrue(InSync.answer(c, key).isEmpty());
            db.execute("DROP TABLE schemasync.in_sync");
            assertTrue(InSync.answer(c, key).isEmpty(), "no table: no error, a full plan");
            MainTest.Result plan = run("plan", db, schema, "--exit-code");
            assertEquals(0, plan.code(), plan.err() + plan.out());
            assertEquals(0, run("apply", db, schema).code(), "the next apply creates the table again");
            assertTrue(InSync.answer(c, key).isPresent());
            // A role that may not read the record plans in full, without an error.
            db.execute("CREATE ROLE in_sync_reader");
            try (Statement st = c.createStatement()) {
                st.execute("GRANT in_sync_reader TO CURRENT_USER");
                st.execute("SET ROLE in_sync_reader");
                assertTrue(InSync.answer(c, key).isEmpty());
                st.execute("RESET ROLE");
            }
        }
    }

    private static MainTest.Result run(String command, TestDatabase db, Path schema, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--color", "never", "--url",
                ApplyCommandTest.url(db), "-s", schema.toString()));
        args.addAll(List.of(more));
        return MainTest.run(Map.of(), args.toArray(String[]::new));
    }

    private static InSync.Written key(Path schema) {
        return Recorded.key(List.of(schema), null, false).orElseThrow();
    }

    private static Path write(Path dir, String yaml) throws Exception {
        Path schema = dir.resolve("schema");
        Files.createDirectories(schema);
        Files.writeString(schema.resolve("schema.yaml"), yaml);
        Files.writeString(schema.resolve("set_slug.sql"), BODY);
        return schema;
    }

    private static void rows(TestDatabase db) throws Exception {
        db.execute("INSERT INTO app.account (name, balance) VALUES ('ann', 150), ('bob', 5);"
                + " INSERT INTO app.entry (account_id, amount) SELECT id, 10 FROM app.account;"
                + " REFRESH MATERIALIZED VIEW app.totals");
    }
}
