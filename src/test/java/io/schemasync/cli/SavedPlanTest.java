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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewed plan is the applied plan: {@code plan --out} saves it with fingerprints of the catalog and of the
 * schema files, and {@code apply --plan} runs exactly its statements, or refuses (exit 4, nothing applied) once
 * either moved, saying what moved.
 */
@PostgresTest
class SavedPlanTest {
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  users:
                    columns:
                      id:    { type: bigint, identity: always }
                      email: { type: text, nullable: false }
                      name:  { type: text }
                    primary_key: [id]
                    indexes:
                      users_email_idx: { columns: [email] }
            """;

    @TempDir
    Path dir;

    private Path schema(String text) throws Exception {
        return Files.writeString(dir.resolve("schema.yaml"), text);
    }

    private MainTest.Result plan(TestDatabase db, Path schema, Path out) {
        return MainTest.run(Map.of(), "plan", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString(), "--out", out.toString());
    }

    private MainTest.Result apply(TestDatabase db, Path schema, Path plan, String... more) {
        List<String> args = new ArrayList<>(List.of("apply", "--color", "never", "--url", ApplyCommandTest.url(db),
                "-s", schema.toString(), "--plan", plan.toString()));
        args.addAll(List.of(more));
        return MainTest.run(Map.of(), args.toArray(String[]::new));
    }

    private static List<String> columns(TestDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT attname FROM pg_attribute WHERE attrelid = 'users'::regclass AND attnum > 0"
                        + " AND NOT attisdropped ORDER BY attnum")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    private static List<String> savedStatements(Path plan) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Files.readString(plan));
        List<String> sql = new ArrayList<>();
        json.get("changes").forEach(change -> change.get("sql").forEach(s -> sql.add(s.asText())));
        return sql;
    }

    /**
     * Both phases: the table has a row, so the index is built CONCURRENTLY after the commit (after dropping an
     * INVALID leftover of an interrupted build, if any), and those statements are saved and run as well.
     */
    @Test
    void anUnchangedDatabaseGetsExactlyTheSavedStatements(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);"
                + " INSERT INTO users (email) VALUES ('a@example.com')");
        Path schema = schema(SCHEMA);
        Path saved = dir.resolve("plan.json");
        MainTest.Result planned = plan(db, schema, saved);
        assertEquals(0, planned.code(), planned.err());
        assertTrue(planned.err().contains("plan saved to " + saved), planned.err());
        assertEquals(List.of(), PlanJsonSchema.violations(Files.readString(saved)), "the plan file follows the schema");
        List<String> statements = savedStatements(saved);
        assertEquals(3, statements.size(), statements.toString());
        assertTrue(statements.getLast().startsWith("CREATE INDEX CONCURRENTLY"), statements.toString());

        MainTest.Result applied = apply(db, schema, saved);
        assertEquals(0, applied.code(), applied.out() + applied.err());
        for (String sql : statements) assertTrue(applied.out().contains("  " + sql + ";\n"), applied.out());
        assertTrue(applied.out().contains("Applied 3 statements"), applied.out());
        assertEquals(List.of("id", "email", "name"), columns(db));
    }

    @Test
    void aDatabaseChangedByHandIsRefusedAndNothingIsApplied(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL)");
        Path schema = schema(SCHEMA);
        Path saved = dir.resolve("plan.json");
        assertEquals(0, plan(db, schema, saved).code());

        db.execute("ALTER TABLE users ADD COLUMN nickname text; CREATE VIEW user_emails AS SELECT email FROM users");
        MainTest.Result r = apply(db, schema, saved);
        assertEquals(Exit.REFUSED.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains("Refused: the database changed since the plan was made ("), r.err());
        assertTrue(r.err().contains("column public.users.nickname added; table public.users changed;"
                + " view public.user_emails added; nothing was applied: run plan again, review it, and apply that"),
                r.err());
        assertEquals(List.of("id", "email", "nickname"), columns(db), "nothing was applied");
        assertFalse(r.out().contains("ALTER TABLE"), r.out());
    }

    @Test
    void changedSchemaFilesAreRefusedBeforeConnecting(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL)");
        Path schema = schema(SCHEMA);
        Path saved = dir.resolve("plan.json");
        assertEquals(0, plan(db, schema, saved).code());
        schema(SCHEMA.replace("name:  { type: text }", "name:  { type: varchar(100) }"));
        MainTest.Result r = apply(db, schema, saved);
        assertEquals(Exit.REFUSED.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains("Refused: the schema files changed since the plan was made (")
                && r.err().contains("column public.users.name changed; nothing was applied"), r.err());
        assertEquals(List.of("id", "email"), columns(db));
    }

    @Test
    void theOptionsOfTheSavedPlanMustBeGivenAgain(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL,"
                + " legacy text)");
        Path schema = schema(SCHEMA);
        Path saved = dir.resolve("plan.json");
        MainTest.Result planned = MainTest.run(Map.of(), "plan", "--color", "never", "--url", ApplyCommandTest.url(db),
                "-s", schema.toString(), "--out", saved.toString(), "--allow-destructive");
        assertEquals(0, planned.code(), planned.err());
        MainTest.Result without = apply(db, schema, saved);
        assertEquals(Exit.USAGE.code(), without.code(), without.err());
        assertTrue(without.err().contains("was made with --allow-destructive; apply it with it too"), without.err());
        MainTest.Result with = apply(db, schema, saved, "--allow-destructive");
        assertEquals(0, with.code(), with.out() + with.err());
        assertEquals(List.of("id", "email", "name"), columns(db));
    }

    @Test
    void anEditedPlanFileIsNotApplied(TestDatabase db) throws Exception {
        Path schema = schema(SCHEMA);
        Path saved = dir.resolve("plan.json");
        assertEquals(0, plan(db, schema, saved).code());
        Files.writeString(saved, Files.readString(saved).replace("CREATE TABLE", "CREATE UNLOGGED TABLE"));
        MainTest.Result r = apply(db, schema, saved);
        assertEquals(Exit.USAGE.code(), r.code(), r.err());
        assertTrue(r.err().contains("its changes do not match its plan_fingerprint (was it edited?)"), r.err());
    }
}
