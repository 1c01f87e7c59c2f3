package io.schemasync.kinds;

import io.schemasync.diff.Differ;
import io.schemasync.load.SchemaException;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.plan.Hazard;
import io.schemasync.plan.Plan;
import io.schemasync.plan.PlanOptions;
import io.schemasync.plan.Planner;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citus distribution on paper (no Citus build can run here): the YAML read, settled against a live model, diffed and
 * planned, with the exact SQL of every step and their order. Pure: live databases are models.
 */
class DistributionsTest {
    @TempDir
    Path dir;

    private static final String TABLES = """
            schemas:
              public:
                tables:
                  countries:
                    columns: { code: { type: text }, name: { type: text } }
                    primary_key: [code]
                    %s
                  customers:
                    columns: { tenant_id: { type: bigint }, id: { type: bigint } }
                    primary_key: [tenant_id, id]
                    %s
                  orders:
                    columns: { tenant_id: { type: bigint }, id: { type: bigint }, customer_id: { type: bigint },
                               country: { type: text }, "Account": { type: bigint } }
                    primary_key: [tenant_id, id]
                    foreign_keys:
                      orders_country_fk: { columns: [country], references: countries(code) }
                    %s
            """;

    private Database load(String countries, String customers, String orders) throws IOException, SchemaException {
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, TABLES.formatted(countries, customers, orders));
        return SchemaLoader.load(List.of(dir));
    }

    /** The live database: the same tables, with these distributions (as the catalog reads them). */
    private static Database live(Database tables, Distribution... distributions) {
        Schema s = tables.schema("public").orElseThrow();
        List<SchemaObject> objects = new ArrayList<>(s.objects().stream()
                .filter(o -> !(o instanceof Distribution)).toList());
        objects.addAll(List.of(distributions));
        return new Database(List.of(s.withObjects(objects)));
    }

    private static Plan plan(Database live, Database desired, boolean allowDestructive) {
        Database settled = Distributions.KIND.settle(desired, live);
        return Planner.plan(Differ.diff(live, settled), live, new PlanOptions(allowDestructive));
    }

    private static List<String> sql(Plan plan) {
        return plan.steps().stream().flatMap(s -> s.statements().stream()).toList();
    }

    private static int indexOf(List<String> sql, String part) {
        for (int i = 0; i < sql.size(); i++) if (sql.get(i).contains(part)) return i;
        throw new AssertionError(part + " not in " + sql);
    }

    private static Distribution live(String table, String column, String peer, int shards, int group) {
        return new Distribution(table, column, peer, shards, false, group, List.of());
    }

    @Test
    void newTablesAreDistributedAfterTheyExistReferenceTablesAndColocationParentsFirst() throws Exception {
        Database desired = load("distribution: { reference: true }",
                "distribution: { column: tenant_id, colocate_with: orders }",
                "distribution: { column: tenant_id, shard_count: 64 }");
        List<String> sql = sql(plan(Database.empty(), desired, false));
        List<String> citus = sql.stream().filter(s -> s.startsWith("SELECT pg_catalog.")).toList();
        assertEquals(List.of(
                "SELECT pg_catalog.create_reference_table('\"public\".\"countries\"')",
                "SELECT pg_catalog.create_distributed_table('\"public\".\"orders\"', 'tenant_id', shard_count => 64)",
                "SELECT pg_catalog.create_distributed_table('\"public\".\"customers\"', 'tenant_id',"
                        + " colocate_with => '\"public\".\"orders\"')"), citus);
        // Each after its table; the foreign key to the reference table after both are distributed (Citus's order).
        for (String table : List.of("countries", "orders", "customers")) {
            int created = indexOf(sql, "CREATE TABLE \"public\".\"" + table + "\"");
            int distributed = indexOf(sql, "('\"public\".\"" + table + "\"'");
            assertTrue(created < distributed, table + ": " + String.join("\n", sql));
        }
        assertTrue(indexOf(sql, "ADD CONSTRAINT \"orders_country_fk\"") > indexOf(sql, "('\"public\".\"orders\"'"));
    }

    @Test
    void aLiveDistributionThatSatisfiesTheYamlPlansNothing() throws Exception {
        Database desired = load("distribution: { reference: true }",
                "distribution: { column: tenant_id, colocate_with: orders }",
                "distribution: { column: tenant_id }");
        Database live = live(desired, Distribution.referenceTable("countries"),
                live("orders", "tenant_id", null, 32, 7), live("customers", "tenant_id", "orders", 32, 7));
        assertTrue(plan(live, desired, false).steps().isEmpty());
    }

    @Test
    void aNewShardCountIsARewriteThatBreaksTheGroupAndItsColocatedTablesFollow() throws Exception {
        Database desired = load("", "distribution: { column: tenant_id, colocate_with: orders }",
                "distribution: { column: tenant_id, shard_count: 64 }");
        Database live = live(desired, live("orders", "tenant_id", null, 32, 7),
                live("customers", "tenant_id", "orders", 32, 7));
        Plan plan = plan(live, desired, false);
        assertEquals(List.of(
                "SELECT pg_catalog.alter_distributed_table('\"public\".\"orders\"', shard_count => 64,"
                        + " cascade_to_colocated => false)",
                "SELECT pg_catalog.alter_distributed_table('\"public\".\"customers\"', colocate_with =>"
                        + " '\"public\".\"orders\"')"), sql(plan));
        Step first = plan.steps().get(0);
        assertEquals("shard count 32 → 64", first.summary());
        assertTrue(first.hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.REWRITES_TABLE));
        assertEquals("SELECT count(*) FROM \"public\".\"orders\"", first.preflights().get(0).countSql());
        assertFalse(plan.hasRefusals());
        assertEquals(List.of("""
                DO $schemasync$
                BEGIN
                  IF (SELECT g.shardcount FROM pg_catalog.pg_dist_partition p JOIN pg_catalog.pg_dist_colocation g\
                 ON g.colocationid = p.colocationid WHERE p.logicalrelid = to_regclass('"public"."orders"'))\
                 IS DISTINCT FROM 64 THEN
                    PERFORM pg_catalog.alter_distributed_table('"public"."orders"', shard_count => 64,\
                 cascade_to_colocated => false);
                  END IF;
                END
                $schemasync$"""), first.script());
        String text = io.schemasync.render.TextRenderer.render(plan, "db", false);
        assertTrue(text.contains("distribution public.orders"), text);
        assertTrue(text.contains("shard count 32 → 64"), text);
    }

    @Test
    void aRenamedTableKeepsItsDistribution() throws Exception {
        Database live = live(load("", "", "distribution: { column: tenant_id }"),
                live("orders", "tenant_id", null, 32, 7), live("customers", "tenant_id", "orders", 32, 7));
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, TABLES.formatted("", "distribution: { column: tenant_id, colocate_with: purchases }",
                        "distribution: { column: tenant_id }")
                .replace("      orders:\n", "      purchases:\n        renamed_from: orders\n"));
        Database desired = SchemaLoader.load(List.of(dir));
        Plan plan = plan(live, desired, false);
        // PostgreSQL and Citus carry the distribution along with the table; its primary key is renamed too.
        assertEquals(List.of("ALTER TABLE \"public\".\"orders\" RENAME TO \"purchases\"",
                "ALTER TABLE \"public\".\"purchases\" RENAME CONSTRAINT \"orders_pkey\" TO \"purchases_pkey\""),
                sql(plan));
    }

    @Test
    void aNewDistributionColumnIsARewriteWithTheRowCount() throws Exception {
        Database desired = load("", "", "distribution: { column: Account }");
        Database live = live(desired, live("orders", "tenant_id", null, 32, 7));
        Plan plan = plan(live, desired, false);
        assertEquals(List.of("SELECT pg_catalog.alter_distributed_table('\"public\".\"orders\"',"
                + " distribution_column => 'Account')"), sql(plan));
        assertEquals("distribution column tenant_id → Account", plan.steps().get(0).summary());
        assertTrue(plan.steps().get(0).hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.REWRITES_TABLE));
    }

    @Test
    void undistributingIsListedUnderDropAndRefusedWithoutTheFlag() throws Exception {
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, TABLES.formatted("", "", "") + "    drop: { distribution: [orders] }\n");
        Database desired = SchemaLoader.load(List.of(dir));
        Database live = live(desired, live("orders", "tenant_id", null, 32, 7));
        Plan refused = plan(live, desired, false);
        assertTrue(refused.hasRefusals());
        Step step = refused.steps().get(0);
        assertEquals(List.of("SELECT pg_catalog.undistribute_table('\"public\".\"orders\"')"), step.statements());
        assertTrue(step.hazards().get(0).message().startsWith("undistribute_table copies every row of public.orders"),
                step.hazards().toString());
        assertFalse(plan(live, desired, true).hasRefusals());
    }

    @Test
    void removedFromTheYamlALiveDistributionIsUnmanagedNotUndistributed() throws Exception {
        Database desired = load("", "", "");
        Database live = live(desired, live("orders", "tenant_id", null, 32, 7));
        Plan plan = plan(live, desired, false);
        assertTrue(plan.steps().isEmpty());
        assertEquals(List.of(io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.DISTRIBUTION,
                "public", "orders")), plan.unmanaged());
    }

    @Test
    void aReferenceTableCannotBecomeDistributedInPlace() throws Exception {
        Database desired = load("distribution: { column: code }", "", "");
        Database live = live(desired, Distribution.referenceTable("countries"));
        Plan plan = plan(live, desired, true);
        assertTrue(plan.hasRefusals());
        assertTrue(plan.steps().get(0).hazards().get(0).message().startsWith("Citus cannot turn a reference table"
                + " into a distributed one in place"));
    }

    @Test
    void theReplayableScriptGuardsOnPgDistPartition() throws Exception {
        Database desired = load("distribution: { reference: true }", "", "");
        Step step = plan(Database.empty(), desired, false).steps().stream()
                .filter(s -> s.change().target().kind() == io.schemasync.model.ObjectRef.Kind.DISTRIBUTION)
                .findFirst().orElseThrow();
        assertEquals(List.of("""
                DO $schemasync$
                BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition WHERE logicalrelid =\
                 to_regclass('"public"."countries"')) THEN
                    PERFORM pg_catalog.create_reference_table('"public"."countries"');
                  END IF;
                END
                $schemasync$"""), step.script());
    }

    @Test
    void hostileNamesStayLiterals() {
        Distribution d = Distribution.hash("o'); DROP TABLE x; --", "c'); --", "none", null);
        assertEquals("SELECT pg_catalog.create_distributed_table('\"public\".\"o''); DROP TABLE x; --\"',"
                + " 'c''); --', colocate_with => 'none')", DistributionSql.create("public", d));
    }

    @Test
    void introspectWritesTheYamlForm() {
        assertEquals(java.util.Map.of("reference", true), Distributions.KIND.write(Distribution.referenceTable("t")));
        assertEquals(List.of("column", "colocate_with", "shard_count"), List.copyOf(Distributions.KIND.write(
                live("customers", "tenant_id", "orders", 32, 7)).keySet()));
    }
}
