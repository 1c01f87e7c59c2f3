package io.schemasync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 2: the GitHub Action's own step (action/run.sh, which action.yml runs) against a real PostgreSQL,
 * with the variables a runner sets, so that the recipe in docs/ci-recipes.md cannot rot.
 */
@PostgresTest
class ActionTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  invoice:
                    columns:
                      id:    { type: bigint, identity: always }
                      total: { type: "numeric(12,2)", nullable: false, default: 0 }
                    primary_key: [id]
            %s""";
    private static final String NOTE_TABLE = """
                  note:
                    columns:
                      body: { type: text }
            """;

    @TempDir
    Path dir;
    private Path launcher;

    /** schemasync from the classes under test, as the action's SCHEMASYNC override allows. */
    @BeforeEach
    void launcher() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        launcher = dir.resolve("schemasync");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' io.schemasync.cli.Main \"$@\"\n");
        launcher.toFile().setExecutable(true);
    }

    private record Run(int code, String out, String summary, String output) {}

    private Run run(TestDatabase db, Map<String, String> inputs) throws Exception {
        Path summary = dir.resolve("summary.md");
        Path output = dir.resolve("output.txt");
        Files.deleteIfExists(summary);
        Files.deleteIfExists(output);
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("action/run.sh").toString()).directory(dir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_") || k.equals("DATABASE_URL"));
        env.put("SCHEMASYNC", launcher.toString());
        env.put("GITHUB_ACTIONS", "true");
        env.put("CI", "true");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_EVENT_NAME", "push");
        env.put("INPUT_DATABASE_URL", ApplyCommandTest.url(db));
        env.put("INPUT_SCHEMA", "db/schema.yaml");
        env.putAll(inputs);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Run(p.exitValue(), out, Files.exists(summary) ? Files.readString(summary) : "",
                Files.exists(output) ? Files.readString(output) : "");
    }

    private void schema(String extra) throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/schema.yaml"), SCHEMA.formatted(extra));
    }

    @Test
    void planDriftAndApplyAsAWorkflowRunsThem(TestDatabase db) throws Exception {
        schema(NOTE_TABLE);
        Run plan = run(db, Map.of("INPUT_COMMAND", "plan"));
        assertEquals(0, plan.code(), plan.out());
        assertTrue(plan.summary().contains("public.invoice"), plan.summary());
        assertEquals("exit-code=0\n", plan.output());
        String password = db.password() == null || db.password().isEmpty() ? "\0" : db.password();
        assertFalse(plan.out().replace("::add-mask::" + ApplyCommandTest.url(db), "").contains(password),
                "the password shows only in the mask command, which the runner hides");

        Run drift = run(db, Map.of("INPUT_COMMAND", "drift"));
        assertEquals(3, drift.code(), drift.out());
        assertTrue(drift.out().contains("::error title=schemasync drift::"), drift.out());
        assertEquals("exit-code=3\n", drift.output());

        Run apply = run(db, Map.of("INPUT_COMMAND", "apply"));
        assertEquals(0, apply.code(), apply.out());
        assertTrue(apply.summary().startsWith("#### schemasync apply: applied "), apply.summary());
        assertEquals(0, run(db, Map.of("INPUT_COMMAND", "drift")).code());

        schema("    drop:\n      tables: [note]\n");
        Run refused = run(db, Map.of("INPUT_COMMAND", "apply"));
        assertEquals(4, refused.code(), refused.out());
        assertTrue(refused.out().contains("::error title=schemasync::the plan holds refused changes"), refused.out());
        Run dropped = run(db, Map.of("INPUT_COMMAND", "apply", "INPUT_ALLOW_DESTRUCTIVE", "true"));
        assertEquals(0, dropped.code(), dropped.out());
        assertEquals(0, run(db, Map.of("INPUT_COMMAND", "drift")).code());
    }

    @Test
    void badInputsAreOneClearError(TestDatabase db) throws Exception {
        schema("");
        Run command = run(db, Map.of("INPUT_COMMAND", "migrate"));
        assertEquals(2, command.code(), command.out());
        assertTrue(command.out().contains("::error title=schemasync::command must be plan, apply or drift, not 'migrate'"));
        Run flag = run(db, Map.of("INPUT_COMMAND", "apply", "INPUT_ALLOW_DESTRUCTIVE", "maybe"));
        assertEquals(2, flag.code(), flag.out());
        Run noUrl = run(db, Map.of("INPUT_COMMAND", "plan", "INPUT_DATABASE_URL", ""));
        assertEquals(2, noUrl.code(), noUrl.out());
        assertTrue(noUrl.out().contains("DATABASE_URL"), noUrl.out());
    }

    @Test
    void onAPullRequestThePlanGoesToAComment(TestDatabase db) throws Exception {
        schema("");
        Path event = Files.writeString(dir.resolve("event.json"), "{\"pull_request\":{\"number\":7}}");
        Map<String, String> pr = new HashMap<>(Map.of("INPUT_COMMAND", "plan", "GITHUB_EVENT_NAME", "pull_request",
                "GITHUB_EVENT_PATH", event.toString(), "GITHUB_REPOSITORY", "acme/shop"));
        Run run = run(db, pr);
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("--comment-on-pr needs GITHUB_TOKEN"), "the flag was passed: " + run.out());
        pr.put("INPUT_COMMENT_ON_PR", "false");
        assertFalse(run(db, pr).out().contains("--comment-on-pr"));
    }

    /** Every input of action.yml reaches the step as INPUT_*, and the step runs this script. */
    @Test
    void actionYmlPassesEveryInputToTheScript() throws IOException {
        JsonNode action = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());
        assertEquals("composite", action.path("runs").path("using").asText());
        JsonNode step = null;
        for (JsonNode s : action.path("runs").path("steps")) if ("run".equals(s.path("id").asText())) step = s;
        assertTrue(step != null && step.path("run").asText().contains("/action/run.sh"));
        List<String> missing = new ArrayList<>();
        for (var it = action.path("inputs").fieldNames(); it.hasNext(); ) {
            String input = it.next();
            if (List.of("java-version", "working-directory").contains(input)) continue;
            String variable = input.equals("github-token") ? "GITHUB_TOKEN"
                    : "INPUT_" + input.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            if (!step.path("env").path(variable).asText().contains("inputs." + input)) missing.add(input);
        }
        assertEquals(List.of(), missing);
        String script = Files.readString(ROOT.resolve("action/run.sh"));
        for (var it = step.path("env").fieldNames(); it.hasNext(); ) {
            String variable = it.next();
            assertTrue(script.contains(variable), "run.sh reads " + variable);
        }
    }
}
