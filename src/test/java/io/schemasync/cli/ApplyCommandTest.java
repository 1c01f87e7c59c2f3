package io.schemasync.cli;

import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** apply and plan run in-process against a real server: what they print when the database is in a given state. */
@PostgresTest
class ApplyCommandTest {
    /** A new column (the transaction), and three indexes built after the commit; the middle one divides by a. */
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  t:
                    columns:
                      id: { type: integer, nullable: false }
                      a:  { type: integer }
                      c:  { type: integer }
                    primary_key: [id]
                    indexes:
                      t_a_idx:       { columns: [a] }
                      t_inverse_idx: { columns: ["(100 / a)"] }
                      t_z_idx:       { columns: [id, a] }
            """;

    static String url(TestDatabase db) {
        Properties p = org.postgresql.Driver.parseURL(db.jdbcUrl(), null);
        String password = db.password() == null ? "" : ":" + URLEncoder.encode(db.password(), StandardCharsets.UTF_8);
        return "postgres://" + db.user() + password + "@" + p.getProperty("PGHOST") + ":" + p.getProperty("PGPORT")
                + "/" + db.name();
    }

    @Test
    void anAfterCommitFailureSaysWhatIsCommittedAndThatApplyResumes(TestDatabase db, @TempDir Path dir)
            throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int); INSERT INTO t VALUES (1, 0), (2, 1)");
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--color", "never", "--url", url(db), "-s", schema.toString());
        assertEquals(Exit.FAILURE.code(), r.code(), r.out() + r.err());
        String err = r.err();
        assertTrue(err.contains("apply failed: statement failed after the commit: division by zero (SQLSTATE 22012)\n"), err);
        assertTrue(err.contains("\ncommitted (1 step): column public.t.c add (integer, nullable)\n"
                + "completed after the commit (1 step): index public.t.t_a_idx create\n"
                + "failed after the commit: index public.t.t_inverse_idx create\n"
                + "not run (1 step): index public.t.t_z_idx create\n"
                + "run apply again to resume"), err);
        assertFalse(err.contains("rolled back"), err);
        assertFalse(err.contains("nothing was applied"), err);

        db.execute("UPDATE t SET a = 5 WHERE a = 0");
        MainTest.Result again = MainTest.run(Map.of(), "apply", "--color", "never", "--url", url(db), "-s",
                schema.toString());
        assertEquals(Exit.OK.code(), again.code(), again.out() + again.err());
    }

    /** The plan a reviewer reads says that a check calling a volatile function was not run, and names it. */
    @Test
    void planShowsACheckThatWasNotRun(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE SEQUENCE s; CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1)");
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    tables:
                      t:
                        columns:
                          id: { type: integer, nullable: false }
                        primary_key: [id]
                        checks:
                          t_id_check: "nextval('s') > id"
                """);
        MainTest.Result r = MainTest.run(Map.of(), "plan", "--color", "never", "--url", url(db), "-s", schema.toString());
        assertEquals(Exit.OK.code(), r.code(), r.out() + r.err());
        assertTrue(r.out().contains("NOT VALID skips the rows already there (validated after the commit); not checked:"
                + " the expression calls volatile function nextval(regclass)"), r.out());
    }

    private static final String TAGS = """
            schemas:
              public:
                enums:
                  tag: [news, tech]
                tables:
                  post:
                    columns:
                      id:   { type: integer, nullable: false }
                      tags: { type: "tag[]" }
                    primary_key: [id]
            """;

    /**
     * With --allow-destructive given, a step refused because it fails on the rows is not sent back to the flag:
     * apply says which rows, and plan --format sql prints no script (exit 4), not the allowed half of the plan.
     */
    @Test
    void aRefusalOnTheRowsIsNotSentToTheFlag(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE post (id int PRIMARY KEY, tags text[]); INSERT INTO post VALUES (1, '{news,gossip}')");
        Path schema = Files.writeString(dir.resolve("schema.yaml"), TAGS);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--allow-destructive", "--color", "never", "--url", url(db),
                "-s", schema.toString());
        assertEquals(Exit.REFUSED.code(), r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 row has a value of tags that is not a label of tag"), r.out());
        assertTrue(r.err().contains("Refused: nothing was applied. 1 change would fail on the rows in the database"
                + " (see ⚠): fix those rows first, then plan again."), r.err());
        assertFalse(r.err().contains("--allow-destructive"), r.err());
        assertFalse(r.out().contains("does not exist"), r.out());

        MainTest.Result sql = MainTest.run(Map.of(), "plan", "--format", "sql", "--allow-destructive", "--url", url(db),
                "-s", schema.toString());
        assertEquals(Exit.REFUSED.code(), sql.code(), sql.out() + sql.err());
        assertTrue(sql.out().contains("-- No script: the plan holds 1 refused step, and apply runs nothing of such a"
                + " plan.\n"), sql.out());
        assertFalse(sql.out().lines().anyMatch(l -> !l.isBlank() && !l.startsWith("--")), sql.out());
    }
}
