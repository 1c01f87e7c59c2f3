package io.schemasync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fleets against a real server: 20 databases listed in a targets file, and 50 tenant schemas in one database, all
 * on the test server. The canary stops a rollout that fails on target 3 and the next run resumes; three shards
 * cover every target once; identical targets share one plan computation; no password is printed.
 */
@PostgresTest
class FleetTest {
    static final int DATABASES = 20;
    static final int TENANTS = 50;
    /** Given in every URL; the test server trusts local connections, so it is accepted and must never be shown. */
    static final String SECRET = "s3cretFleetPw";

    static final String PROJECT = """
            schema: db
            environments:
              fleet:
                targets:
                  - file: targets.txt
              tenants:
                url_env: TENANTS_URL
                tenant_schemas: { template: tenant, query: "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\\\_%'" }
            """;
    static final String SCHEMA = """
            schemas:
              public:
                tables:
                  customers:
                    columns:
                      id:    { type: bigint, identity: always }
                      email: { type: text, nullable: false }
                    primary_key: [id]
                  orders:
                    columns:
                      id:          { type: bigint, identity: always }
                      customer_id: { type: bigint, nullable: false }
                    primary_key: [id]
                    foreign_keys:
                      orders_customer_fk: { columns: [customer_id], references: customers(id) }
            """;
    static final String TEMPLATE = """
            schemas:
              tenant:
                enums:
                  status: [open, closed]
                tables:
                  customers:
                    columns:
                      id:     { type: bigint, identity: always }
                      status: { type: status, nullable: false, default: "'open'" }
                    primary_key: [id]
                    checks:
                      customers_id_positive: id > 0
                  orders:
                    columns:
                      id:          { type: bigint, identity: always }
                      customer_id: { type: bigint, nullable: false }
                    primary_key: [id]
                    foreign_keys:
                      orders_customer_fk: { columns: [customer_id], references: customers(id) }
                    indexes:
                      orders_customer_idx: { columns: [customer_id] }
            """;

    @TempDir
    Path repo;

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    Result run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, repo);
        Result r = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.all().contains(SECRET), "a password was printed:\n" + r.all());
        return r;
    }

    static String url(TestDatabase db) {
        String url = db.postgresUrl();
        return db.password() == null ? url.replace("://" + db.user() + "@", "://" + db.user() + ":" + SECRET + "@") : url;
    }

    /** 20 databases cloned from {@code base}, listed in targets.txt in a shuffled order (the fleet sorts them). */
    List<TestDatabase> fleet(TestDatabase base, String yaml) throws Exception {
        return fleet(base, yaml, DATABASES);
    }

    List<TestDatabase> fleet(TestDatabase base, String yaml, int size) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("schemasync.yaml"), PROJECT);
        Files.createDirectories(repo.resolve("db"));
        Files.writeString(repo.resolve("db/app.yaml"), yaml);
        List<TestDatabase> dbs = new ArrayList<>();
        for (int i = 1; i <= size; i++) dbs.add(base.copy(String.format("t%02d", i)));
        List<String> lines = new ArrayList<>(List.of("# the fleet", ""));
        for (int i = size - 1; i >= 0; i--) lines.add(url(dbs.get(i)));
        Files.write(repo.resolve("targets.txt"), lines);
        return dbs;
    }

    static void dropAll(List<TestDatabase> dbs) throws Exception {
        for (TestDatabase db : dbs) db.drop();
    }

    static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean hasTable(TestDatabase db, String schema, String table) throws Exception {
        return count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename = '"
                + table + "'") == 1;
    }

    JsonNode report(String name) throws Exception {
        return new ObjectMapper().readTree(repo.resolve(name).toFile());
    }

    @Test
    void theCanaryStopsARolloutThatFailsOnTarget3AndTheNextRunResumes(TestDatabase base) throws Exception {
        List<TestDatabase> dbs = fleet(base, SCHEMA);
        try {
            // Target 3 of the stable order holds a view where the YAML wants a table: creating it fails there.
            dbs.get(2).execute("CREATE VIEW orders AS SELECT 1 AS id");
            Result r = run(Map.of(), "apply", "--env", "fleet", "--canary", "5", "--report", repo.resolve("first.json").toString());
            assertEquals(1, r.code(), r.all());
            JsonNode first = report("first.json");
            List<String> outcomes = new ArrayList<>();
            first.get("targets").forEach(t -> outcomes.add(t.get("outcome").asText()));
            assertEquals(DATABASES, outcomes.size());
            // Every target of the canary is attempted; after it, none.
            assertEquals(List.of("applied", "applied", "failed", "applied", "applied"), outcomes.subList(0, 5), r.all());
            assertTrue(outcomes.subList(5, DATABASES).stream().allMatch("skipped"::equals), outcomes.toString());
            assertTrue(first.get("targets").get(2).get("target").asText().endsWith("_t03"), first.toString());
            assertTrue(r.out().contains("the canary failed"), r.out());
            assertTrue(hasTable(dbs.get(0), "public", "orders"));
            assertFalse(hasTable(dbs.get(5), "public", "customers"), "a target after the canary was touched");
            // Target 3's transaction was rolled back whole: customers, created before orders, is not there.
            assertFalse(hasTable(dbs.get(2), "public", "customers"), "target 3 is half-applied");

            dbs.get(2).execute("DROP VIEW orders");
            Result again = run(Map.of(), "apply", "--env", "fleet", "--canary", "5", "--report", repo.resolve("second.json").toString());
            assertEquals(0, again.code(), again.all());
            JsonNode second = report("second.json");
            assertEquals(4, second.get("outcomes").get("in_sync").asInt(), second.toString());
            assertEquals(DATABASES - 4, second.get("outcomes").get("applied").asInt(), second.toString());
            assertTrue(second.get("all_in_sync").asBoolean());
            second.get("targets").forEach(t -> assertTrue(t.get("target").asText().contains(":*****@")
                    || t.get("target").asText().contains("://" + base.user() + "@"), t.toString()));
        } finally {
            dropAll(dbs);
        }
    }

    @Test
    void noTargetStartsAfterAFailureUnlessTheRolloutContinuesOnErrors(TestDatabase base) throws Exception {
        List<TestDatabase> dbs = fleet(base, SCHEMA, 6);
        try {
            dbs.get(2).execute("CREATE VIEW orders AS SELECT 1 AS id");
            Result stop = run(Map.of(), "apply", "--env", "fleet", "--concurrency", "1", "--report",
                    repo.resolve("stop.json").toString());
            assertEquals(1, stop.code(), stop.all());
            List<String> outcomes = new ArrayList<>();
            report("stop.json").get("targets").forEach(t -> outcomes.add(t.get("outcome").asText()));
            assertEquals(List.of("applied", "applied", "failed", "skipped", "skipped", "skipped"), outcomes, stop.all());

            Result go = run(Map.of(), "apply", "--env", "fleet", "--concurrency", "2", "--continue-on-error", "--report",
                    repo.resolve("go.json").toString());
            assertEquals(1, go.code(), go.all());
            outcomes.clear();
            report("go.json").get("targets").forEach(t -> outcomes.add(t.get("outcome").asText()));
            assertEquals(List.of("in_sync", "in_sync", "failed", "applied", "applied", "applied"), outcomes, go.all());
            assertTrue(go.out().contains("  failed: " + url(dbs.get(2)).replaceAll(":[^:@/]+@", ":*****@")),
                    "the failed target is named again at the end: " + go.out());
        } finally {
            dropAll(dbs);
        }
    }

    @Test
    void threeShardsCoverEveryTargetExactlyOnceAndIdenticalTargetsShareOnePlan(TestDatabase base) throws Exception {
        Files.createDirectories(repo.resolve("db"));
        Files.writeString(repo.resolve("db/app.yaml"), SCHEMA);
        assertEquals(0, run(Map.of(), "apply", "-s", repo.resolve("db").toString(), "--url", url(base)).code());
        List<TestDatabase> dbs = fleet(base, SCHEMA);
        try {
            List<String> seen = new ArrayList<>();
            int computations = 0;
            for (int i = 1; i <= 3; i++) {
                Result r = run(Map.of(), "plan", "--env", "fleet", "--shard", i + "/3", "--report", repo.resolve("shard" + i + ".json").toString());
                assertEquals(0, r.code(), r.all());
                JsonNode report = report("shard" + i + ".json");
                report.get("targets").forEach(t -> seen.add(t.get("target").asText()));
                assertEquals(DATABASES, report.get("fleet_targets").asInt());
                computations += report.get("plan_computations").asInt();
            }
            assertEquals(DATABASES, seen.size(), seen.toString());
            assertEquals(DATABASES, new TreeSet<>(seen).size(), "a target was taken by two shards: " + seen);
            assertEquals(3, computations, "each shard plans its identical targets once");

            Result whole = run(Map.of(), "plan", "--env", "fleet", "--report", repo.resolve("whole.json").toString());
            assertEquals(0, whole.code(), whole.all());
            assertEquals(1, report("whole.json").get("plan_computations").asInt(), whole.all());
            assertTrue(whole.out().contains("20 in sync · 1 plan computation"), whole.out());

            // One database drifts: its identity differs, so it plans on its own and shows its change.
            dbs.get(7).execute("ALTER TABLE customers ADD COLUMN nickname text");
            dbs.get(11).execute("DROP INDEX IF EXISTS nothing_here; ALTER TABLE orders DROP CONSTRAINT orders_customer_fk");
            Result drift = run(Map.of(), "plan", "--env", "fleet", "--exit-code", "--report", repo.resolve("drift.json").toString());
            assertEquals(3, drift.code(), drift.all());
            JsonNode report = report("drift.json");
            assertEquals(3, report.get("plan_computations").asInt(), drift.all());
            assertEquals(2, report.get("outcomes").get("changes").asInt(), drift.all());
            assertTrue(drift.out().contains("    + constraint public.orders.orders_customer_fk"), drift.out());
        } finally {
            dropAll(dbs);
        }
    }

    @Test
    void fiftyTenantSchemasFromOneTemplateShareOnePlanComputation(TestDatabase db) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("schemasync.yaml"), PROJECT);
        Files.createDirectories(repo.resolve("db"));
        Files.writeString(repo.resolve("db/tenant.yaml"), TEMPLATE);
        // 50 tenants made by hand exactly as the template describes them, and one new, empty tenant.
        StringBuilder sql = new StringBuilder("CREATE SCHEMA other_stuff;");
        for (int i = 1; i <= TENANTS; i++) sql.append(tenantSql(String.format("tenant_%02d", i)));
        db.execute(sql.toString());
        Map<String, String> env = Map.of("TENANTS_URL", url(db));

        Result first = run(env, "plan", "--env", "tenants", "--report", repo.resolve("plan.json").toString());
        assertEquals(0, first.code(), first.all());
        JsonNode plan = report("plan.json");
        assertEquals(TENANTS, plan.get("outcomes").get("in_sync").asInt(), first.all());
        assertEquals(1, plan.get("plan_computations").asInt(), first.all());

        db.execute("CREATE SCHEMA tenant_51; DROP INDEX tenant_05.orders_customer_idx");
        Result applied = run(env, "apply", "--env", "tenants", "--report", repo.resolve("apply.json").toString());
        assertEquals(0, applied.code(), applied.all());
        JsonNode apply = report("apply.json");
        assertEquals(2, apply.get("outcomes").get("applied").asInt(), applied.all());
        assertEquals(TENANTS - 1, apply.get("outcomes").get("in_sync").asInt(), applied.all());
        assertEquals(3, apply.get("plan_computations").asInt(), "the 49 alike, tenant_05 and tenant_51: " + applied.all());
        assertFalse(hasTable(db, "other_stuff", "orders"));
        assertFalse(hasTable(db, "tenant", "orders"), "the template schema itself is no tenant");
        // Every reference names the tenant's own schema: the foreign key, the enum type.
        assertEquals(1, count(db, "SELECT count(*) FROM pg_constraint WHERE conname = 'orders_customer_fk'"
                + " AND conrelid = 'tenant_51.orders'::regclass AND confrelid = 'tenant_51.customers'::regclass"));
        assertEquals(1, count(db, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'tenant_51.customers'::regclass"
                + " AND attname = 'status' AND atttypid = 'tenant_51.status'::regtype"));

        Map<String, String> withSummary = new HashMap<>(env);
        withSummary.put("GITHUB_STEP_SUMMARY", repo.resolve("summary.md").toString());
        Result noop = run(withSummary, "apply", "--env", "tenants", "--report", repo.resolve("noop.json").toString());
        assertEquals(0, noop.code(), noop.all());
        JsonNode report = report("noop.json");
        assertEquals(1, report.get("plan_computations").asInt(), noop.all());
        assertEquals(TENANTS + 1, report.get("outcomes").get("in_sync").asInt());
        assertTrue(noop.out().contains("[51/51]"), noop.out());
        String summary = Files.readString(repo.resolve("summary.md"));
        assertTrue(summary.contains("| tenant_") || summary.contains("schema tenant_01 | in sync"), summary);
        assertFalse(summary.contains(SECRET));
    }

    /** What the template makes of one tenant, written by hand. */
    static String tenantSql(String t) {
        return ("CREATE SCHEMA %1$s; CREATE TYPE %1$s.status AS ENUM ('open', 'closed');"
                + " CREATE TABLE %1$s.customers (id bigint GENERATED ALWAYS AS IDENTITY, status %1$s.status NOT NULL"
                + " DEFAULT 'open', CONSTRAINT customers_pkey PRIMARY KEY (id), CONSTRAINT customers_id_positive"
                + " CHECK (id > 0));"
                + " CREATE TABLE %1$s.orders (id bigint GENERATED ALWAYS AS IDENTITY, customer_id bigint NOT NULL,"
                + " CONSTRAINT orders_pkey PRIMARY KEY (id), CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                + " REFERENCES %1$s.customers (id));"
                + " CREATE INDEX orders_customer_idx ON %1$s.orders (customer_id);").formatted(t);
    }
}
