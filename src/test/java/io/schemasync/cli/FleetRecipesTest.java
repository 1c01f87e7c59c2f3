package io.schemasync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 4: the fleet recipes of docs/fleets.md, run as written. The GitHub Actions workflow's step, once
 * per value of its matrix, and the Kubernetes indexed Job's container command, once per completion index, against
 * six local databases listed in the secret the recipes read, with the recipes' own schemasync.yaml.
 */
@PostgresTest
class FleetRecipesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path RECIPES = ROOT.resolve("docs/recipes");
    private static final int DATABASES = 6;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path repo;

    private record Run(int code, String out) {}

    /** schemasync from the classes under test, as scripts/schemasync in the repository and on the PATH. */
    private void install() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String script = "#!/usr/bin/env bash\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' io.schemasync.cli.Main \"$@\"\n";
        for (Path p : List.of(repo.resolve("scripts/schemasync"), repo.resolve("bin/schemasync"))) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, script);
            assertTrue(p.toFile().setExecutable(true));
        }
        Files.createDirectories(repo.resolve(".git"));
        Files.copy(RECIPES.resolve("schemasync.yaml"), repo.resolve("schemasync.yaml"));
        Files.createDirectories(repo.resolve("db/schema"));
    }

    private void schema(String extraColumn) throws IOException {
        Files.writeString(repo.resolve("db/schema/app.yaml"), """
                schemas:
                  public:
                    tables:
                      accounts:
                        columns:
                          id:   { type: bigint, identity: always }
                          name: { type: text, nullable: false }
                %s        primary_key: [id]
                """.formatted(extraColumn));
    }

    private Run shell(String shell, String command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(shell, "-c", command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.equals("DATABASE_URL")
                || k.equals("SCHEMASYNC_ENV") || k.startsWith("PG"));
        pb.environment().put("PATH", repo.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), command);
        return new Run(p.exitValue(), out);
    }

    private List<String> targets(Path report, String outcome) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode t : new ObjectMapper().readTree(report.toFile()).get("targets")) {
            assertEquals(outcome, t.get("outcome").asText(), t.toString());
            out.add(t.get("target").asText());
        }
        return out;
    }

    @Test
    void theGitHubMatrixAndTheIndexedJobEachCoverTheFleetOnce(TestDatabase base) throws Exception {
        install();
        List<TestDatabase> dbs = new ArrayList<>();
        for (int i = 1; i <= DATABASES; i++) dbs.add(base.copy("r" + i));
        try {
            String urls = String.join("\n", dbs.stream().map(FleetTest::url).toList()) + "\n";
            Map<String, String> secret = Map.of("FLEET_DATABASE_URLS", urls);

            // GitHub Actions: the step's run line, once per matrix value.
            schema("");
            JsonNode job = YAML.readTree(RECIPES.resolve("github-actions-fleet.yml").toFile()).get("jobs").get("apply");
            String run = null;
            for (JsonNode step : job.get("steps")) if ("schemasync".equals(step.path("id").asText())) run = step.get("run").asText();
            assertTrue(job.get("steps").toString().contains("secrets.FLEET_DATABASE_URLS"));
            List<String> covered = new ArrayList<>();
            for (JsonNode shard : job.get("strategy").get("matrix").get("shard")) {
                String command = run.replace("${{ matrix.shard }}", shard.asText());
                assertFalse(command.contains("${{"), command);
                Run r = shell("bash", command, secret);
                assertEquals(0, r.code(), r.out());
                assertFalse(r.out().contains(FleetTest.SECRET), r.out());
                covered.addAll(targets(repo.resolve("fleet-report-" + shard.asText() + ".json"), "applied"));
            }
            assertEquals(DATABASES, covered.size(), covered.toString());
            assertEquals(DATABASES, new TreeSet<>(covered).size(), covered.toString());

            // Kubernetes: the container's command, once per completion index, with the next release's schema.
            schema("          note: { type: text }\n");
            JsonNode spec = YAML.readTree(RECIPES.resolve("kubernetes-indexed-job.yaml").toFile()).get("spec");
            assertEquals("Indexed", spec.get("completionMode").asText());
            JsonNode container = spec.get("template").get("spec").get("containers").get(0);
            List<String> argv = new ArrayList<>();
            container.get("command").forEach(a -> argv.add(a.asText()));
            assertEquals(List.of("sh", "-c"), argv.subList(0, 2));
            assertEquals("FLEET_DATABASE_URLS", container.get("env").get(0).get("name").asText());
            covered.clear();
            for (int index = 0; index < spec.get("completions").asInt(); index++) {
                Map<String, String> env = new java.util.HashMap<>(secret);
                env.put("JOB_COMPLETION_INDEX", String.valueOf(index));
                Run r = shell(argv.get(0), argv.get(2), env);
                assertEquals(0, r.code(), r.out());
                covered.addAll(targets(repo.resolve("fleet-report.json"), "applied"));
            }
            assertEquals(DATABASES, covered.size(), covered.toString());
            assertEquals(DATABASES, new TreeSet<>(covered).size(), covered.toString());
            for (TestDatabase db : dbs) {
                assertEquals(1, FleetTest.count(db, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'accounts'::regclass"
                        + " AND attname = 'note'"), db.name());
            }
        } finally {
            FleetTest.dropAll(dbs);
        }
    }

    /** A run killed in the middle of a target leaves it as it was (its transaction dies with it); the next run resumes. */
    @Test
    void aKilledRunResumesOnTheNext(TestDatabase base) throws Exception {
        install();
        schema("");
        List<TestDatabase> dbs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) dbs.add(base.copy("k" + i));
        try {
            Map<String, String> secret = Map.of("FLEET_DATABASE_URLS",
                    String.join("\n", dbs.stream().map(FleetTest::url).toList()));
            ProcessBuilder pb = new ProcessBuilder(repo.resolve("scripts/schemasync").toString(), "apply", "--env",
                    "fleet", "--concurrency", "1").directory(repo.toFile()).redirectErrorStream(true);
            pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.equals("DATABASE_URL") || k.startsWith("PG"));
            pb.environment().putAll(secret);
            // Boundary 2: after the first target's CREATE TABLE, before its COMMIT.
            pb.environment().put(DebugPause.VARIABLE, "2");
            Process p = pb.start();
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line; (line = reader.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (line.contains(DebugPause.MARKER)) break;
            }
            assertTrue(seen.toString().contains(DebugPause.MARKER + "2"), seen.toString());
            p.destroyForcibly();
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            for (TestDatabase db : dbs) {
                assertEquals(0, FleetTest.count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'accounts'"),
                        db.name() + " changed by the killed run: " + seen);
            }

            Run again = shell("bash", "scripts/schemasync apply --env fleet --report again.json", secret);
            assertEquals(0, again.code(), again.out());
            assertEquals(4, targets(repo.resolve("again.json"), "applied").size());
        } finally {
            FleetTest.dropAll(dbs);
        }
    }
}
