package io.schemasync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/bench-fleet: the wall time and the plan computations of a no-op plan and apply over 200 identical tenant
 * schemas and over 50 identical databases, each run as its own process (JVM start included), beside one no-op plan
 * of one target. Reports the figures (and writes them to target/bench-fleet.txt); asserts only that every run
 * succeeded and found every target in sync.
 */
@PostgresTest
@Tag("bench")
class FleetBench {
    static final int TENANTS = Integer.getInteger("bench.tenants", 200);
    static final int DATABASES = Integer.getInteger("bench.databases", 50);

    @TempDir
    Path repo;

    private final List<String> lines = new ArrayList<>();

    private void say(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private long run(Map<String, String> env, String what, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "io.schemasync.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.equals("DATABASE_URL") || k.startsWith("PG"));
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.MINUTES));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, p.exitValue(), out);
        String computations = "";
        Path report = repo.resolve("report.json");
        if (Files.exists(report)) {
            JsonNode r = new ObjectMapper().readTree(report.toFile());
            assertTrue(r.get("all_in_sync").asBoolean(), out);
            computations = ", " + r.get("fleet_targets").asInt() + " targets, " + r.get("outcomes").get("in_sync").asInt()
                    + " in sync, " + r.get("plan_computations").asInt() + " plan computation(s)";
            Files.delete(report);
        }
        say(String.format("%-44s %8.1f s%s", what, ms / 1000.0, computations));
        return ms;
    }

    static final String PROJECT = """
            environments:
              tenants:
                schema: tenant
                url_env: TENANTS_URL
                tenant_schemas: { query: "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\\\_%'" }
              one_tenant:
                schema: tenant
                url_env: TENANTS_URL
                tenant_schemas: { list: [tenant_001] }
              fleet:
                schema: app
                targets: [ { file: targets.txt } ]
              one_database:
                schema: app
                targets: [ { file: one.txt } ]
            """;

    @Test
    void noOpOverTwoHundredTenantSchemasAndFiftyDatabases(TestDatabase db) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("tenant"));
        Files.createDirectories(repo.resolve("app"));
        Files.writeString(repo.resolve("schemasync.yaml"), PROJECT);
        Files.writeString(repo.resolve("tenant/tenant.yaml"), FleetTest.TEMPLATE);
        Files.writeString(repo.resolve("app/app.yaml"), FleetTest.SCHEMA);
        say("bench-fleet: PostgreSQL " + db.major() + " (embedded, one server for every database), "
                + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at the start; each figure is one run of"
                + " a new process (JVM start included), --concurrency 4");

        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= TENANTS; i++) sql.append(FleetTest.tenantSql(String.format("tenant_%03d", i)));
        db.execute(sql.toString());
        Map<String, String> tenants = Map.of("TENANTS_URL", FleetTest.url(db));
        String report = repo.resolve("report.json").toString();
        run(tenants, "1 tenant schema: no-op plan", "plan", "--env", "one_tenant", "--report", report);
        run(tenants, TENANTS + " tenant schemas: no-op plan", "plan", "--env", "tenants", "--report", report);
        run(tenants, TENANTS + " tenant schemas: no-op apply", "apply", "--env", "tenants", "--report", report);

        TestDatabase base = db.copy("base");
        List<TestDatabase> dbs = new ArrayList<>();
        try {
            base.execute("DROP SCHEMA IF EXISTS schemasync CASCADE");
            for (int i = 1; i <= TENANTS; i++) base.execute(String.format("DROP SCHEMA tenant_%03d CASCADE", i));
            Files.writeString(repo.resolve("one.txt"), FleetTest.url(base) + "\n");
            run(Map.of(), "1 database: first apply", "apply", "--env", "one_database", "--report", report);
            for (int i = 1; i <= DATABASES; i++) dbs.add(base.copy(String.format("d%02d", i)));
            Files.write(repo.resolve("targets.txt"), dbs.stream().map(FleetTest::url).toList());
            run(Map.of(), "1 database: no-op plan", "plan", "--env", "one_database", "--report", report);
            run(Map.of(), DATABASES + " databases: no-op plan", "plan", "--env", "fleet", "--report", report);
            run(Map.of(), DATABASES + " databases: no-op apply", "apply", "--env", "fleet", "--report", report);
        } finally {
            for (TestDatabase d : dbs) d.drop();
            base.drop();
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/bench-fleet.txt"), lines);
    }
}
