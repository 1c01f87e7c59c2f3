package io.schemasync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every apply leaves a row in schemasync.history, a failed one too (outside its rolled-back transaction); planning
 * never reads it and never reports it; {@code history} lists the rows.
 */
@PostgresTest
class HistoryTest {
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  t:
                    columns:
                      id: { type: integer, nullable: false }
                      a:  { type: integer }
                    primary_key: [id]
            """;

    @TempDir
    Path dir;

    private static long rows(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM schemasync.history")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long constraints(TestDatabase db, String name) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_constraint WHERE conname = '" + name + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyApplyIsRecordedAndListed(TestDatabase db) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        String url = ApplyCommandTest.url(db);
        Map<String, String> env = Map.of("GITHUB_SHA", "3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39");
        MainTest.Result applied = MainTest.run(env, "apply", "--color", "never", "--url", url, "-s", schema.toString());
        assertEquals(0, applied.code(), applied.out() + applied.err());
        MainTest.Result again = MainTest.run(env, "apply", "--color", "never", "--url", url, "-s", schema.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("Nothing to do"), again.out());

        MainTest.Result plan = MainTest.run(Map.of(), "plan", "--color", "never", "--url", url, "-s",
                schema.toString(), "--verbose");
        String listed = plan.out().substring(plan.out().indexOf('\n') + 1);
        assertFalse(listed.contains("schemasync") || listed.contains("history"), "the history is never reported: "
                + plan.out());
        assertTrue(listed.contains("In sync: nothing to do (1 object in sync)"), plan.out());

        MainTest.Result json = MainTest.run(Map.of(), "history", "--url", url, "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode applies = new ObjectMapper().readTree(json.out()).get("applies");
        assertEquals(2, applies.size(), json.out());
        JsonNode first = applies.get(1);
        assertEquals("applied", first.get("outcome").asText());
        assertEquals("nothing to do", applies.get(0).get("outcome").asText());
        assertEquals(db.user(), first.get("database_user").asText());
        assertEquals("3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39", first.get("commit").asText());
        assertTrue(first.get("statements").get(0).asText().startsWith("CREATE TABLE"), json.out());
        assertEquals(64, first.get("plan_fingerprint").asText().length());
        assertEquals(64, first.get("schema_fingerprint").asText().length());
        assertFalse(first.get("finished_at").isNull());

        MainTest.Result text = MainTest.run(Map.of(), "history", "--url", url, "--limit", "1");
        assertEquals(0, text.code(), text.err());
        assertEquals(1, text.out().lines().count(), text.out());
        assertTrue(text.out().startsWith("#2  ") && text.out().contains("  nothing to do  0 statements  "), text.out());
        assertTrue(text.out().contains("commit 3f2a1c9d8e7b"), text.out());
    }

    @Test
    void aFailedApplyIsRecordedOutsideItsRolledBackTransaction(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id integer PRIMARY KEY, a integer); INSERT INTO t VALUES (1, 0)");
        // The check's own preflight raises the same division by zero, so it is not counted, and a check whose rows
        // could not be checked is not made online (NOT VALID, VALIDATE after the commit): ADD CONSTRAINT validates
        // the row inside the transaction and fails there, before anything commits.
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA + """
                        checks:
                          t_a_check: "100 / a > 0"
                """);
        String url = ApplyCommandTest.url(db);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--color", "never", "--url", url, "-s", schema.toString());
        assertEquals(Exit.FAILURE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains("nothing was applied (rolled back)"), r.err());
        assertFalse(r.err().contains("after the commit"), r.err());
        assertEquals(0, constraints(db, "t_a_check"), "not even a NOT VALID check was committed");
        MainTest.Result json = MainTest.run(Map.of(), "history", "--url", url, "--format", "json");
        JsonNode row = new ObjectMapper().readTree(json.out()).get("applies").get(0);
        assertEquals("failed", row.get("outcome").asText(), json.out());
        assertTrue(row.get("error").asText().contains("division by zero"), json.out());
        assertTrue(row.get("statements").get(0).asText().contains("ADD CONSTRAINT"), json.out());

        Path dropColumn = Files.writeString(dir.resolve("drop.yaml"), """
                schemas:
                  public:
                    tables:
                      t:
                        columns:
                          id: { type: integer, nullable: false }
                        primary_key: [id]
                """);
        MainTest.Result refused = MainTest.run(Map.of(), "apply", "--color", "never", "--url", url, "-s",
                dropColumn.toString());
        assertEquals(Exit.REFUSED.code(), refused.code(), refused.out() + refused.err());
        JsonNode latest = new ObjectMapper().readTree(MainTest.run(Map.of(), "history", "--url", url, "--format",
                "json").out()).get("applies").get(0);
        assertEquals("refused", latest.get("outcome").asText());
        assertEquals(2, rows(db));
    }

    @Test
    void noHistorySkipsItAndHistorySaysWhenThereIsNone(TestDatabase db) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        String url = ApplyCommandTest.url(db);
        MainTest.Result none = MainTest.run(Map.of(), "history", "--url", url);
        assertEquals(0, none.code(), none.err());
        assertEquals("No apply recorded in schemasync.history yet\n", none.out());
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--url", url, "-s", schema.toString(), "--no-history");
        assertEquals(0, r.code(), r.out() + r.err());
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regnamespace('schemasync') IS NULL")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "--no-history creates nothing");
        }
    }

    /** A YAML that manages a schema named schemasync: the history table in it is neither unmanaged nor dropped. */
    @Test
    void theHistoryTableIsNeverPlannedEvenInAManagedSchemaOfItsName(TestDatabase db) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  schemasync:
                    tables:
                      settings:
                        columns:
                          key: { type: text, nullable: false }
                        primary_key: [key]
                """);
        String url = ApplyCommandTest.url(db);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--url", url, "-s", schema.toString(), "--prune",
                "--allow-destructive");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(1, rows(db));
        MainTest.Result plan = MainTest.run(Map.of(), "plan", "--color", "never", "--url", url, "-s",
                schema.toString(), "--prune", "--allow-destructive");
        assertEquals(0, plan.code(), plan.err());
        assertFalse(plan.out().contains("history"), plan.out());
        assertTrue(plan.out().contains("In sync: nothing to do"), plan.out());
    }
}
