package io.schemasync.load;

import io.schemasync.kinds.Distribution;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code distribution:} under a table, read and checked offline: every mistake at its file:line:col with the fix. */
class DistributionYamlTest {
    @TempDir
    Path dir;

    private static String yaml(String orders, String customers) {
        return """
                schemas:
                  public:
                    tables:
                      customers:
                        columns: { tenant_id: { type: bigint }, id: { type: bigint } }
                        distribution: %s
                      orders:
                        columns: { tenant_id: { type: bigint }, id: { type: bigint } }
                        distribution: %s
                """.formatted(customers, orders);
    }

    @Test
    void readsEachFormUnderItsTable() throws Exception {
        Database db = new YamlFixture(dir).load(yaml("{ column: tenant_id, colocate_with: public.customers,"
                + " shard_count: 16 }", "{ column: tenant_id, shard_count: 16 }"));
        var s = db.schema("public").orElseThrow();
        assertEquals(Distribution.hash("orders", "tenant_id", "customers", 16),
                s.object(ObjectRef.Kind.DISTRIBUTION, "orders").orElseThrow());
        Database ref = new YamlFixture(dir).load(yaml("{ reference: true }", "{ column: id, colocate_with: none }"));
        assertEquals(Distribution.referenceTable("orders"), ref.schema("public").orElseThrow()
                .object(ObjectRef.Kind.DISTRIBUTION, "orders").orElseThrow());
    }

    @Test
    void aColumnTheTableDoesNotHave() {
        assertEquals(List.of("s.yaml:9:33: distribution of table \"public.orders\" names column \"tenant\", which"
                        + " the table does not have"),
                new YamlFixture(dir).errors(yaml("{ column: tenant }", "{ reference: true }")));
    }

    @Test
    void colocatedWithATableThatIsNotDistributed() {
        assertEquals(List.of("s.yaml:9:59: distribution of table \"public.orders\" is colocated with table"
                        + " \"public.customers\", which is no distributed table of the YAML: give that table"
                        + " distribution: {column: ...}, or write colocate_with: none or default"),
                new YamlFixture(dir).errors(yaml("{ column: tenant_id, colocate_with: customers }",
                        "{ reference: true }")));
    }

    @Test
    void colocatedTablesWithDifferentShardCounts() {
        assertEquals(List.of("s.yaml:9:83: distribution of table \"public.orders\" has shard_count 8 but is"
                        + " colocated with table \"public.customers\", which has 16: colocated tables share their"
                        + " shards (remove shard_count here, or make them equal)"),
                new YamlFixture(dir).errors(yaml("{ column: tenant_id, colocate_with: customers, shard_count: 8 }",
                        "{ column: tenant_id, shard_count: 16 }")));
    }

    @Test
    void aReferenceTableHasNoColumnAndADistributedOneNeedsOne() {
        List<String> errors = new YamlFixture(dir).errors(yaml("{ reference: true, column: id }",
                "{ shard_count: 0 }"));
        assertEquals(List.of(
                "s.yaml:6:9: distribution of table \"public.customers\" needs column: (the distribution column,"
                        + " like {column: tenant_id}) or reference: true",
                "s.yaml:9:50: a reference table is copied to every node and has no column: remove column, or"
                        + " reference: true"), errors.stream().sorted().toList());
    }

    @Test
    void introspectWritesItUnderTheTable() throws Exception {
        Database db = new YamlFixture(dir).load(yaml("{ column: tenant_id, colocate_with: customers }",
                "{ column: tenant_id, shard_count: 16 }"));
        String written = String.join("\n", YamlWriter.files(db, false).values());
        org.junit.jupiter.api.Assertions.assertTrue(written.contains(
                "distribution: { column: tenant_id, colocate_with: customers }"), written);
    }
}
