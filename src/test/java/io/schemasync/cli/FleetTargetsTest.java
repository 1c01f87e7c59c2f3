package io.schemasync.cli;

import io.schemasync.load.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Listing a fleet's databases (no database needed) and splitting it into shards. */
class FleetTargetsTest {
    @TempDir
    Path dir;

    private Cli cli(Map<String, String> env) {
        return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), env, false, new Redactor(), dir);
    }

    @Test
    void listsEveryDatabaseOnceFromVariablesFilesAndCommands() throws Exception {
        Files.writeString(dir.resolve("targets.txt"), "# comment\n\npostgres://app:pw1@db1:5432/app\n"
                + "postgres://app:pw2@db2:5432/app\n");
        Cli cli = cli(Map.of("EU_DATABASE_URL", "postgres://app:pw1@db1:5432/app"));
        Project.Fleet fleet = new Project.Fleet(List.of(new Project.Source.UrlEnv("EU_DATABASE_URL", "p:1:1"),
                new Project.Source.UrlFile(dir.resolve("targets.txt"), "p:2:1"),
                new Project.Source.Command("printf 'postgres://app:pw3@db3/app\\n'", dir, "p:3:1")), null);
        List<FleetTargets.Db> dbs = FleetTargets.databases(cli, fleet, new Options.Url());
        assertEquals(List.of("postgres://app:*****@db1:5432/app", "postgres://app:*****@db2:5432/app",
                "postgres://app:*****@db3:5432/app"), dbs.stream().map(d -> d.spec().redacted()).toList());
        assertEquals("connecting to postgres://app:*****@db3:5432/app failed", cli.redactor()
                .scrub("connecting to postgres://app:pw3@db3:5432/app failed"));
    }

    @Test
    void aMissingVariableOrABadLineSaysWhere() throws Exception {
        Files.writeString(dir.resolve("targets.txt"), "postgres://db1/app\nmysql://db2/app\n");
        Project.Fleet env = new Project.Fleet(List.of(new Project.Source.UrlEnv("EU_URL", "schemasync.yaml:4:20")), null);
        UsageException e = assertThrows(UsageException.class, () -> FleetTargets.databases(cli(Map.of()), env,
                new Options.Url()));
        assertEquals("schemasync.yaml:4:20: target $EU_URL is not set (set it to the database's URL, or remove the"
                + " target)", e.getMessage());
        Project.Fleet file = new Project.Fleet(List.of(new Project.Source.UrlFile(dir.resolve("targets.txt"), "p:1:1")), null);
        e = assertThrows(UsageException.class, () -> FleetTargets.databases(cli(Map.of()), file, new Options.Url()));
        assertTrue(e.getMessage().startsWith(dir.resolve("targets.txt") + ":2:1: "), e.getMessage());
        UsageException url = assertThrows(UsageException.class, () -> FleetTargets.databases(cli(Map.of()), file,
                Options.Url.of("postgres://h/db", false)));
        assertTrue(url.getMessage().startsWith("--url names one database, but the environment lists its targets"),
                url.getMessage());
        Project.Fleet failing = new Project.Fleet(List.of(new Project.Source.Command("exit 3", dir, "p:5:7")), null);
        java.io.IOException io = assertThrows(java.io.IOException.class, () -> FleetTargets.databases(cli(Map.of()),
                failing, new Options.Url()));
        assertTrue(io.getMessage().startsWith("p:5:7: target command exit 3 exited with 3"), io.getMessage());
    }

    @Test
    void shardsTakeEveryTargetOnceInAStableOrder() {
        List<FleetTargets.Entry> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            all.add(new FleetTargets.Entry(new FleetTargets.Db(ConnectionSpec.parse("postgres://h/db" + (char) ('a' + i)),
                    "test"), i % 2 == 0 ? null : "tenant_" + i));
        }
        List<FleetTargets.Entry> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        Set<String> seen = new HashSet<>();
        int taken = 0;
        for (int i = 1; i <= 4; i++) {
            List<FleetTargets.Entry> mine = FleetTargets.shard(shuffled, FleetTargets.parseShard(i + "/4"));
            assertEquals(mine, FleetTargets.shard(all, FleetTargets.parseShard(i + "/4")), "the order is stable");
            mine.forEach(e -> seen.add(e.id()));
            taken += mine.size();
        }
        assertEquals(23, taken);
        assertEquals(23, seen.size());
        for (String bad : List.of("0/3", "4/3", "1", "a/b", "1/0")) {
            assertThrows(UsageException.class, () -> FleetTargets.parseShard(bad), bad);
        }
        assertFalse(FleetTargets.shard(all, null).isEmpty());
    }

    @Test
    void validateChecksATenantTemplateAndFleetOptionsNeedAFleet() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("schemasync.yaml"), """
                schema: db
                environments:
                  tenants: { tenant_schemas: { list: [acme] } }
                  prod: { url_env: DATABASE_URL }
                """);
        Files.writeString(dir.resolve("db/t.yaml"), "schemas:\n  tenant:\n    tables:\n      t:\n        columns:\n"
                + "          id: { type: integer, default: \"tenant.f()\" }\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"validate", "--env", "tenants"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir);
        assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("t.yaml:6:41: names the template schema \"tenant\""),
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        code = Main.run(new String[] {"plan", "--env", "prod", "--shard", "1/2"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("DATABASE_URL", "postgres://h/db"), dir);
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--shard is for a fleet"), err.toString(StandardCharsets.UTF_8));
    }
}
