package io.schemasync.cli;

import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * The project file's environments against a real server: the database comes from the environment's url_env, its
 * own settings apply (unmanaged: drop), and a protected one needs --confirm for a destructive apply.
 */
@PostgresTest
class EnvironmentTest {
    private static final String PROJECT = """
            schema: db
            environments:
              staging: { url_env: STAGING_DATABASE_URL, unmanaged: drop }
              prod:    { url_env: PROD_DATABASE_URL, protected: true }
            """;
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  users:
                    columns:
                      id: { type: integer, nullable: false }
                    primary_key: [id]
            """;

    @TempDir
    Path repo;

    private MainTest.Result run(Map<String, String> env, Charset charset, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, charset), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, repo);
        return new MainTest.Result(code, out.toString(charset), err.toString(StandardCharsets.UTF_8));
    }

    private MainTest.Result run(Map<String, String> env, String... args) {
        return run(env, StandardCharsets.UTF_8, args);
    }

    private void setUp(TestDatabase db) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("schemasync.yaml"), PROJECT);
        Files.createDirectories(repo.resolve("db"));
        Files.writeString(repo.resolve("db/app.yaml"), SCHEMA);
        db.execute("CREATE TABLE users (id integer PRIMARY KEY, legacy text);"
                + " CREATE TABLE old_sessions (id integer PRIMARY KEY);"
                + " INSERT INTO users VALUES (1, 'a'), (2, NULL); INSERT INTO old_sessions VALUES (1), (2), (3)");
    }

    private static boolean hasColumn(TestDatabase db, String column) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = '" + column + "'"
                        + " AND NOT attisdropped")) {
            rs.next();
            return rs.getLong(1) == 1;
        }
    }

    @Test
    void stagingDropsWhatTheYamlDoesNotMentionWithItsRowCounts(TestDatabase db) throws Exception {
        setUp(db);
        Map<String, String> env = Map.of("STAGING_DATABASE_URL", ApplyCommandTest.url(db));
        MainTest.Result plan = run(env, "plan", "--env", "staging", "--color", "never");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.err().contains("using environment staging (schemasync.yaml)"), plan.err());
        assertTrue(plan.out().contains("- column public.users.legacy") && plan.out().contains("drops values in 1 row "),
                plan.out());
        assertTrue(plan.out().contains("- table public.old_sessions") && plan.out().contains("drops 3 rows "),
                plan.out());
        MainTest.Result kept = run(env, "plan", "--env", "staging", "--unmanaged", "keep", "--color", "never");
        assertTrue(kept.out().contains("? table public.old_sessions"), kept.out());
    }

    @Test
    void aProtectedEnvironmentAppliesADropOnlyWhenConfirmed(TestDatabase db) throws Exception {
        setUp(db);
        Map<String, String> env = Map.of("PROD_DATABASE_URL", ApplyCommandTest.url(db));
        MainTest.Result refused = run(env, "apply", "--env", "prod", "--color", "never");
        assertEquals(Exit.REFUSED.code(), refused.code(), refused.out() + refused.err());
        MainTest.Result unconfirmed = run(env, "apply", "--env", "prod", "--allow-destructive");
        assertEquals(Exit.USAGE.code(), unconfirmed.code(), unconfirmed.err());
        assertTrue(hasColumn(db, "legacy"));
        MainTest.Result confirmed = run(env, "apply", "--env", "prod", "--allow-destructive", "--confirm", "prod",
                "--color", "never");
        assertEquals(0, confirmed.code(), confirmed.out() + confirmed.err());
        assertFalse(hasColumn(db, "legacy"));
        assertTrue(confirmed.out().contains("? table public.old_sessions"), "prod keeps unmanaged: " + confirmed.out());
    }

    /** LANG=C: the plan's symbols come out as ASCII, never as "?", which marks unmanaged objects. */
    @Test
    void aTerminalWithoutUnicodeGetsAsciiSymbols(TestDatabase db) throws Exception {
        setUp(db);
        MainTest.Result r = run(Map.of(), StandardCharsets.US_ASCII, "plan", "--url", ApplyCommandTest.url(db),
                "--color", "never", "--verbose", "--allow-destructive");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  - column public.users.legacy"), r.out());
        assertTrue(r.out().contains("  ? table public.old_sessions"), r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("  ?")).count(), "only the unmanaged table: " + r.out());
        assertTrue(r.out().contains(" - 1 unmanaged"), r.out());
    }
}
