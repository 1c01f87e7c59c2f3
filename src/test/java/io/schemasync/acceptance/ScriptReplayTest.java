package io.schemasync.acceptance;

import io.schemasync.dryrun.DryRun;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.render.SqlRenderer;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replayable script ({@code --format sql}) of a widened column whose foreign keys are dropped around the type
 * change and added again NOT VALID: run a second time, it leaves those foreign keys alone (the same constraints, by
 * their oids, still validated) instead of dropping them again, adding them NOT VALID and validating them again. The
 * acceptance suite runs every script twice but only compares where it ends. The same for the foreign keys that
 * reference a partitioned table made again with a new partition key, and for the table itself.
 */
@PostgresTest
class ScriptReplayTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    @ParameterizedTest
    @ValueSource(strings = {"online/referenced-type-widened", "online/referenced-type-widened-table-renamed",
            "online/referencing-type-widened", "online/referencing-type-widened-table-and-column-renamed",
            "online/referenced-and-referencing-renamed-type-widened", "partitions/partition-by-changed-referenced",
            "partitions/partition-by-changed-referenced-renamed-and-replaced"})
    void secondRunLeavesTheForeignKeysAlone(String name, TestDatabase db) throws Exception {
        Path dir = CASES.resolve(name);
        Database desired = SchemaLoader.load(List.of(dir.resolve("schema.yaml")));
        try (Connection c = db.connect()) {
            c.setAutoCommit(true);
            run(c, Files.readString(dir.resolve("before.sql")));
            boolean destructive = Files.exists(dir.resolve("options"))
                    && Files.readString(dir.resolve("options")).contains("allow-destructive");
            String script = SqlRenderer.render(DryRun.plan(c, desired, destructive), "test");
            assertTrue(script.contains(" NOT VALID;"), name + ": the script adds no foreign key again NOT VALID");
            for (String statement : ScriptStatements.split(script)) run(c, statement);
            List<String> first = foreignKeys(c);
            for (String statement : ScriptStatements.split(script)) run(c, statement);
            assertEquals(first, foreignKeys(c), name + ": the second run of the script made its foreign keys anew");
        }
    }

    /**
     * A partitioned table made again with a new partition key: run a second time, the script leaves the new table
     * alone, with the rows written to it since the first run (its DROP TABLE runs only while the old key is there).
     */
    @org.junit.jupiter.api.Test
    void secondRunKeepsTheRemadeTableAndItsRows(TestDatabase db) throws Exception {
        Path dir = CASES.resolve("partitions/partition-by-changed-referenced");
        Database desired = SchemaLoader.load(List.of(dir.resolve("schema.yaml")));
        try (Connection c = db.connect()) {
            c.setAutoCommit(true);
            run(c, Files.readString(dir.resolve("before.sql")));
            String script = SqlRenderer.render(DryRun.plan(c, desired, false), "test");
            assertTrue(script.contains("DROP TABLE"), "the script does not make events again");
            for (String statement : ScriptStatements.split(script)) run(c, statement);
            run(c, "INSERT INTO events VALUES (1, '2026-05-01', 1, 'click')");
            for (String statement : ScriptStatements.split(script)) run(c, statement);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the second run of the script dropped events and its row");
            }
        }
    }

    /** Each foreign key with its oid (a key dropped and added again gets another) and whether it is validated. */
    private static List<String> foreignKeys(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT conrelid::regclass || '.'"
                + " || conname || ' ' || oid || CASE WHEN convalidated THEN ' valid' ELSE ' not valid' END"
                + " FROM pg_catalog.pg_constraint WHERE contype = 'f' ORDER BY 1")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static void run(Connection c, String sql) throws SQLException {
        if (sql.isBlank()) return;
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
