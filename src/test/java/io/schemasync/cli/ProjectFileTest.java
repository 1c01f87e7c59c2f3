package io.schemasync.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project file as the command line uses it, offline: everything here is decided before any connection. */
class ProjectFileTest {
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  t:
                    columns:
                      id: { type: integer }
            """;

    @TempDir
    Path repo;

    private MainTest.Result run(Path cwd, Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, cwd);
        return new MainTest.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void project(String text) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("schemasync.yaml"), text);
        Files.createDirectories(repo.resolve("db/schema"));
        Files.writeString(repo.resolve("db/schema/app.yaml"), SCHEMA);
    }

    @Test
    void validateFindsTheSchemaDirectoryThroughTheProjectFileFromASubdirectory() throws Exception {
        project("schema: db/schema\n");
        Path sub = Files.createDirectories(repo.resolve("app/src"));
        MainTest.Result r = run(sub, Map.of(), "validate");
        assertEquals(0, r.code(), r.err());
        assertEquals("valid: 1 table, 0 enums, 0 sequences in 1 schema (1 file)\n", r.out());
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsPlaceAndADidYouMean() throws Exception {
        project("schema: db/schema\nunmanged: drop\n");
        MainTest.Result r = run(repo, Map.of(), "validate");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("schemasync.yaml:2:1: unknown key \"unmanged\" in the project file (did you mean"
                + " \"unmanaged\"?)"), r.err());
    }

    @Test
    void anUnknownEnvironmentIsAUsageError() throws Exception {
        project("schema: db/schema\nenvironments:\n  prod: { url_env: PROD_URL }\n  staging: {}\n");
        MainTest.Result r = run(repo, Map.of(), "plan", "--env", "prd");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--env prd: schemasync.yaml defines no environment \"prd\" (did you mean \"prod\"?)"
                + " (environments: prod, staging)"), r.err());
        MainTest.Result fromVariable = run(repo, Map.of("SCHEMASYNC_ENV", "qa"), "plan");
        assertEquals(2, fromVariable.code(), fromVariable.err());
        assertTrue(fromVariable.err().contains("SCHEMASYNC_ENV=qa: schemasync.yaml defines no environment"),
                fromVariable.err());
    }

    @Test
    void anEnvironmentWithoutAProjectFileIsAUsageError() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        MainTest.Result r = run(repo, Map.of(), "apply", "--env", "prod");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--env prod: no schemasync.yaml in " + repo + " or above it"), r.err());
    }

    @Test
    void aProtectedEnvironmentRefusesAllowDestructiveWithoutConfirm() throws Exception {
        project("schema: db/schema\nenvironments:\n  prod: { url_env: PROD_URL, protected: true }\n"
                + "  staging: { url_env: STAGING_URL }\n");
        MainTest.Result r = run(repo, Map.of("PROD_URL", "postgres://app@db.invalid/app"), "apply", "--env", "prod",
                "--allow-destructive");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("environment prod is protected: --allow-destructive also needs --confirm prod"
                + " (nothing was applied)"), r.err());
        MainTest.Result wrong = run(repo, Map.of(), "apply", "--env", "prod", "--allow-destructive", "--confirm",
                "staging");
        assertEquals(2, wrong.code(), wrong.err());
        assertTrue(wrong.err().contains("--confirm staging does not name the environment in use, prod"), wrong.err());
        MainTest.Result noEnv = run(repo, Map.of(), "apply", "--confirm", "prod");
        assertEquals(2, noEnv.code(), noEnv.err());
        assertTrue(noEnv.err().contains("--confirm prod confirms an environment, but none is selected"), noEnv.err());
    }

    @Test
    void theEnvironmentsUrlVariableMustBeSet() throws Exception {
        project("schema: db/schema\nenvironments:\n  staging: { url_env: STAGING_DATABASE_URL }\n");
        MainTest.Result r = run(repo, Map.of("DATABASE_URL", "postgres://app@db.invalid/app"), "plan", "--env",
                "staging");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("environment staging takes its database from $STAGING_DATABASE_URL, which is not"
                + " set (set it, or pass --url)"), r.err());
    }

    @Test
    void theYamlMayDefineOnlyTheManagedSchemas() throws Exception {
        project("schema: db/schema\nschemas: [app]\n");
        MainTest.Result r = run(repo, Map.of(), "validate");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("the schema files define schema public, which schemasync.yaml does not list under"
                + " schemas:"), r.err());
    }

    @Test
    void flagsOverrideTheFile() throws Exception {
        project("schema: does-not-exist\n");
        Path other = Files.writeString(repo.resolve("other.yaml"), SCHEMA);
        assertEquals(2, run(repo, Map.of(), "validate").code());
        MainTest.Result r = run(repo, Map.of(), "validate", "-s", other.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void pruneAndUnmanagedKeepContradict() throws Exception {
        project("schema: db/schema\n");
        MainTest.Result r = run(repo, Map.of(), "plan", "--prune", "--unmanaged", "keep");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--prune and --unmanaged keep contradict each other"), r.err());
    }

    @Test
    void theYamlCannotDefineTheHistoryTable() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Path schema = Files.writeString(repo.resolve("schema.yaml"), SCHEMA.replace("public:", "schemasync:")
                .replace("    t:", "    history:"));
        MainTest.Result r = run(repo, Map.of(), "validate", "-s", schema.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(":4:7: table schemasync.history is where schemasync records every apply"), r.err());
    }
}
