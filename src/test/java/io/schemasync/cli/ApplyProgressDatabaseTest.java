package io.schemasync.cli;

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
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long index build, rehearsed and applied in-process as a release phase runs them (stderr is not a terminal):
 * stderr says what the build is doing while it runs, read from pg_stat_progress_create_index through a second
 * connection, and how long it took; stdout, which programs read, is what it always was; no thread or connection is
 * left behind.
 */
@PostgresTest
class ApplyProgressDatabaseTest {
    /**
     * Enough rows that the build takes seconds on a small machine: random text sorts slowly, and one process with
     * little sort memory (an external merge sort) keeps a fast machine from finishing before the first poll.
     */
    private static final String ROWS = """
            CREATE TABLE orders (id bigint PRIMARY KEY, code text NOT NULL);
            INSERT INTO orders SELECT i, md5(i::text) || md5((i * 7)::text) FROM generate_series(1, 1600000) i;
            ANALYZE orders;
            """;

    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  orders:
                    columns:
                      id:   { type: bigint, nullable: false }
                      code: { type: text, nullable: false }
                    primary_key: [id]
                    indexes:
                      orders_code_idx: { columns: [code] }
            """;

    private static final Pattern PROGRESS = Pattern.compile(
            "(?m)^  … \\d+ s: building index public\\.orders\\.orders_code_idx: .*(\\d+%|scanning|sorting|loading)");

    /**
     * One table, two runs, to keep the test short: plan --rehearse --format json (the build in its plain form,
     * rolled back) and then apply. stdout stays one JSON document and apply's stdout is unchanged.
     */
    @Test
    void aLongIndexBuildShowsItsProgressOnStderrOnly(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute(ROWS);
        db.execute("ALTER DATABASE " + db.name() + " SET maintenance_work_mem = '1MB';"
                + " ALTER DATABASE " + db.name() + " SET max_parallel_maintenance_workers = 0");
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        String url = ApplyCommandTest.url(db);

        MainTest.Result rehearsal = MainTest.run(Map.of(), "plan", "--rehearse", "--format", "json", "--url", url,
                "-s", schema.toString());
        assertEquals(Exit.OK.code(), rehearsal.code(), rehearsal.out() + rehearsal.err());
        assertTrue(PROGRESS.matcher(rehearsal.err()).find(), rehearsal.err());
        assertTrue(new ObjectMapper().readTree(rehearsal.out()).has("changes"), rehearsal.out());
        assertFalse(rehearsal.out().contains("building index"), rehearsal.out());
        assertNothingLeft(db);

        MainTest.Result r = MainTest.run(Map.of(), "apply", "--color", "never", "--no-history", "--url", url, "-s",
                schema.toString());
        assertEquals(Exit.OK.code(), r.code(), r.out() + r.err());
        assertTrue(PROGRESS.matcher(r.err()).find(), r.err());
        assertTrue(Pattern.compile("(?m)^  took \\d+\\.\\d s: building index public\\.orders\\.orders_code_idx$")
                .matcher(r.err()).find(), r.err());
        assertFalse(r.out().contains("…"), r.out());
        assertFalse(r.out().contains("took"), r.out());
        assertFalse(r.out().contains("building index"), r.out());
        assertFalse(r.err().contains("\r"), "no status line when stderr is not a terminal");
        assertTrue(r.out().contains("CREATE INDEX CONCURRENTLY \"orders_code_idx\""), r.out());
        assertNothingLeft(db);
    }

    private static void assertNothingLeft(TestDatabase db) throws Exception {
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("schemasync-progress")
                && t.isAlive()), "the monitor's thread is gone");
        assertEquals(0, monitorConnections(db), "the monitor's connection is closed");
    }

    /** Sessions of the monitor still open; the server notices a closed one at once, but allow it a moment. */
    private static int monitorConnections(TestDatabase db) throws Exception {
        int open = -1;
        for (int attempt = 0; attempt < 50 && open != 0; attempt++) {
            if (attempt > 0) Thread.sleep(100);
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                         + StatementMonitor.APPLICATION_NAME + "'")) {
                rs.next();
                open = rs.getInt(1);
            }
        }
        return open;
    }
}
