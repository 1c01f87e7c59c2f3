package io.schemasync.load;

import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.Deferral;
import io.schemasync.model.EnumType;
import io.schemasync.model.Extension;
import io.schemasync.model.FkAction;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Identity;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlWriterTest {
    @TempDir
    Path dir;

    private static Column col(String name, String type, boolean nullable) {
        return Column.of(name, type, nullable);
    }

    static Database richModel() {
        Table order = new Table("order", List.of(
                new Column("id", "bigint", false, null, Identity.ALWAYS, null, null, null, null),
                col("customer_id", "bigint", false),
                col("status", "order_status", false).withDefault("'pending'::order_status"),
                col("total", "numeric(12,2)", false).withDefault("0"),
                col("note", "text", true).withComment("multi\nline: with # and 'quotes' and \"double\" \\ \t"),
                col("yes", "boolean", true).withDefault("true"),
                new Column("Mixed Case", "text", true, null, null, null, "C", null, null),
                col("n", "serial", false),
                new Column("g", "integer", true, null, null, "(customer_id * 2)", null, null, null),
                col("renamed", "text", true).withRenamedFrom("off"),
                col("a.b(c), d", "text", true),
                col("123", "text", true).withDefault("-1"),
                col("null", "character varying(20)", true).withDefault("'x'::character varying"),
                col("tags", "text[]", true),
                col("email", "citext", true),
                col("embedding", "vector(3)", true),
                col("created", "timestamp with time zone", false).withDefault("now()"),
                col("desc", "integer", true).withOptions(new io.schemasync.model.ColumnOptions("lz4", 500)),
                new Column("by_default", "integer", false, null, Identity.BY_DEFAULT, null, null, "Ünïcödé ✓", null)
                        .withOptions(new io.schemasync.model.ColumnOptions(null, null, io.schemasync.model.IdentityOptions
                                .of("integer", 100L, 10L, null, 5000L, 5L, true))),
                col("auth_id", "auth.user_id", true)),
                new PrimaryKey("order_pk", List.of("id")),
                List.of(UniqueConstraint.of("order_n_key", List.of("n")),
                        new UniqueConstraint("order_email_key", List.of("email", "yes"), true,
                                Deferral.DEFERRABLE_INITIALLY_DEFERRED),
                        new UniqueConstraint("on", List.of("desc"), false, Deferral.DEFERRABLE_INITIALLY_IMMEDIATE)),
                List.of(new CheckConstraint("order_total_nonnegative", "total >= (0)::numeric"),
                        new CheckConstraint("order_status_check", "status <> 'cancelled'::order_status"),
                        new CheckConstraint("order_legacy_check", "total < (1000)::numeric", false)),
                List.of(new ForeignKey("order_customer_fk", List.of("customer_id"), "public", "customer",
                                List.of("id"), FkAction.CASCADE, null, false, null),
                        new ForeignKey("order_acct_fk", List.of("customer_id", "note"), "billing", "acct",
                                List.of("id", "region"), FkAction.SET_NULL, FkAction.SET_DEFAULT, true,
                                Deferral.DEFERRABLE_INITIALLY_DEFERRED),
                        new ForeignKey("order_auth_fk", List.of("customer_id"), "auth", "users", List.of("id"),
                                FkAction.RESTRICT, FkAction.NO_ACTION, false, Deferral.DEFERRABLE_INITIALLY_IMMEDIATE,
                                false)),
                List.of(new Index("order_customer_idx", false, "btree", List.of(IndexKey.column("customer_id"),
                                new IndexKey("id", true, null, null, true, true)), List.of(), null, false, null),
                        new Index("order_open_idx", false, "btree", List.of(IndexKey.column("status")), List.of(),
                                "status <> 'cancelled'::order_status", false, "open orders"),
                        new Index("order_mix_idx", true, "btree", List.of(
                                new IndexKey("Mixed Case", true, "C", "text_pattern_ops", false, false),
                                new IndexKey("desc", true, null, null, true, false),
                                new IndexKey("created", true, null, null, false, true),
                                new IndexKey("lower(email)", false, null, null, false, false),
                                new IndexKey("(total + (1)::numeric)", false, "en-US", null, true, true)),
                                List.of("note", "a.b(c), d"), "(total > (0)::numeric)", true, null),
                        new Index("order_tags_idx", false, "gin", List.of(IndexKey.column("tags")), List.of(), null,
                                false, null, io.schemasync.model.Storage.of(java.util.Map.of("fastupdate", "false",
                                        "gin_pending_list_limit", "512"))),
                        new Index("order_embedding_idx", false, "hnsw",
                                List.of(new IndexKey("embedding", true, null, "vector_l2_ops", false, false)),
                                List.of(), null, false, null)),
                "Orders: what people buy", null, new io.schemasync.model.TableOptions(true,
                        io.schemasync.model.Storage.of(java.util.Map.of("fillfactor", "70", "toast.autovacuum_enabled",
                                "false", "autovacuum_vacuum_scale_factor", "0.05", "vacuum_index_cleanup", "on")),
                        io.schemasync.model.ReplicaIdentity.usingIndex("order_n_key")),
                List.of(new io.schemasync.model.ExclusionConstraint("order_no_overlap", new Index("order_no_overlap",
                        false, "gist", List.of(IndexKey.column("customer_id"), IndexKey.column("g")), List.of("note"),
                        "(total > (0)::numeric)", false, null), List.of("=", "&&"), Deferral.DEFERRABLE_INITIALLY_DEFERRED)));
        Table customer = new Table("customer", List.of(
                new Column("id", "bigint", false, null, Identity.ALWAYS, null, null, null, null),
                col("email", "citext", false)),
                new PrimaryKey("customer_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(),
                null, "client");
        Table empty = new Table("empty", List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null);
        Schema pub = new Schema("public", "Main schema: it's \"ours\"",
                List.of(Extension.named("citext"), Extension.named("pgcrypto"), Extension.named("vector")),
                List.of(new EnumType("order_status", List.of("pending", "yes", "null", "on", "1", "it's", "a b"),
                        "Where an order is"), new EnumType("empty_enum", List.of(), null)),
                List.of(Sequence.withDefaults("invoice_number", null, 1000L, null, null, null, null, false, null,
                                null),
                        Sequence.withDefaults("countdown", "integer", null, -1L, null, null, null, false, null, null),
                        Sequence.withDefaults("small", "smallint", 5L, 5L, 5L, 500L, 10L, true, "order.n", "Small"),
                        Sequence.withDefaults("plain", null, null, null, null, null, null, false, null, null)),
                List.of(order, customer, empty), List.of());
        Table acct = new Table("acct", List.of(col("id", "bigint", false), col("region", "text", false)),
                new PrimaryKey("acct_pkey", List.of("id", "region")), List.of(), List.of(), List.of(), List.of(),
                null, null);
        Schema billing = new Schema("billing", null, List.of(), List.of(), List.of(), List.of(acct), List.of());
        Table odd = new Table("a/b", List.of(col("x", "int4range", true)), null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        Table oddUpper = new Table("A/B", List.of(col("x", "text", true)), null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        Schema weird = new Schema("Weird-Schema", null, List.of(), List.of(), List.of(), List.of(odd, oddUpper), List.of());
        return new Database(List.of(pub, billing, Schema.named("unused"), weird));
    }

    @Test
    void roundTripsARichModelInOneFilePerSchema() throws Exception {
        Database db = richModel();
        Map<Path, String> files = YamlWriter.files(db, false);
        assertEquals(List.of(Path.of("Weird-Schema.yaml"), Path.of("billing.yaml"), Path.of("public.yaml"),
                Path.of("unused.yaml")), List.copyOf(files.keySet()));
        assertSameModel(db, new YamlFixture(dir).loadFiles(files));
    }

    @Test
    void roundTripsARichModelInOneFilePerTable() throws Exception {
        Database db = richModel();
        Map<Path, String> files = YamlWriter.files(db, true);
        assertEquals(List.of(Path.of("Weird-Schema/A_B.yaml"), Path.of("Weird-Schema/_schema.yaml"),
                Path.of("Weird-Schema/a_b_2.yaml"), Path.of("billing/_schema.yaml"), Path.of("billing/acct.yaml"),
                Path.of("public/_schema.yaml"), Path.of("public/customer.yaml"), Path.of("public/empty.yaml"),
                Path.of("public/order.yaml"), Path.of("unused/_schema.yaml")), List.copyOf(files.keySet()));
        assertSameModel(db, new YamlFixture(dir).loadFiles(files));
    }

    /** Equality, failing on the first object that differs so that the message stays readable. */
    static void assertSameModel(Database expected, Database actual) {
        for (Schema s : expected.schemas()) {
            Schema a = actual.schema(s.name()).orElseThrow(() -> new AssertionError("missing schema " + s.name()));
            for (Table t : s.tables()) {
                Table at = a.table(t.name()).orElseThrow(() -> new AssertionError("missing table " + t.name()));
                for (int i = 0; i < t.columns().size(); i++) assertEquals(t.columns().get(i), at.columns().get(i));
                assertEquals(t.primaryKey(), at.primaryKey());
                assertEquals(t.uniques(), at.uniques());
                assertEquals(t.checks(), at.checks());
                assertEquals(t.foreignKeys(), at.foreignKeys());
                for (int i = 0; i < t.indexes().size(); i++) assertEquals(t.indexes().get(i), at.indexes().get(i));
                assertEquals(t, at);
            }
            assertEquals(s.enums(), a.enums());
            assertEquals(s.sequences(), a.sequences());
            assertEquals(s, a);
        }
        assertEquals(expected, actual);
    }

    @Test
    void writesTheExampleCompactly() throws Exception {
        Database db = SchemaLoader.load(List.of(Path.of("schema")));
        assertEquals("""
                schemas:
                  public:
                    extensions: [citext]
                    enums:
                      order_status: [pending, paid, shipped, cancelled]
                    sequences:
                      invoice_number: { start: 1000 }
                    tables:
                      customer:
                        comment: People who can place orders
                        columns:
                          id:         { type: bigint, identity: always }
                          email:      { type: citext, nullable: false }
                          created_at: { type: timestamp with time zone, nullable: false, default: now() }
                        primary_key: [id]
                        unique:
                          customer_email_key: [email]
                      order:
                        columns:
                          id:          { type: bigint, identity: always }
                          customer_id: { type: bigint, nullable: false }
                          status:      { type: order_status, nullable: false, default: "'pending'" }
                          total:       { type: 'numeric(12,2)', nullable: false, default: 0 }
                          note:        { type: text }
                        primary_key: [id]
                        checks:
                          order_total_nonnegative: 'total >= 0'
                        foreign_keys:
                          order_customer_fk: { columns: [customer_id], references: customer(id), on_delete: cascade }
                        indexes:
                          order_customer_idx: { columns: [customer_id, id desc] }
                          order_open_idx: { columns: [status], where: "status <> 'cancelled'" }
                """, YamlWriter.files(db, false).get(Path.of("public.yaml")));
    }

    @Test
    void writesOwnersThatAreNotTheReadingRole() {
        var table = new io.schemasync.model.Table("events", List.of(io.schemasync.model.Column.of("id", "bigint", true)),
                null, List.of(), List.of(), List.of(), List.of(), null, null);
        var schema = io.schemasync.model.Schema.named("app").withTables(List.of(table));
        var owned = List.of(
                new io.schemasync.model.Access(io.schemasync.model.ObjectRef.schema("app"), null, List.of(), "app_owner",
                        null, null, false),
                new io.schemasync.model.Access(io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TABLE,
                        "app", "events"), null, List.of(), "app_owner", null, null, false));
        Database db = new Database(List.of(schema), List.of(), owned);
        String asOther = YamlWriter.files(db, false, "deployer").get(Path.of("app.yaml"));
        assertTrue(asOther.contains("  app:\n    owner: app_owner\n"), asOther);
        assertTrue(asOther.contains("      events:\n        owner: app_owner\n") || asOther.contains("        owner: app_owner\n"), asOther);
        assertEquals(2, asOther.split("owner: app_owner", -1).length - 1, asOther);
        // Read as the owner itself, or without a role, no owner is written.
        assertTrue(!YamlWriter.files(db, false, "app_owner").get(Path.of("app.yaml")).contains("owner:"));
        assertTrue(!YamlWriter.files(db, false).get(Path.of("app.yaml")).contains("owner:"));
    }

    @Test
    void writesSchemaGrantsButNotPublicsInitdbOnes() {
        var usage = new io.schemasync.model.Privilege("public", "usage", null, false);
        var create = new io.schemasync.model.Privilege("public", "create", null, false);
        var anon = new io.schemasync.model.Privilege("anon", "usage", null, false);
        Database db = new Database(List.of(Schema.named("public"), Schema.named("app"), Schema.named("bare")), List.of(),
                List.of(access("app", List.of(anon)), access("bare", List.of()),
                        access("public", List.of(usage, create))));
        var files = YamlWriter.files(db, false, "postgres");
        assertTrue(files.get(Path.of("app.yaml")).contains("  app:\n    grants: { anon: [usage] }\n"),
                files.get(Path.of("app.yaml")));
        assertTrue(!files.get(Path.of("bare.yaml")).contains("grants"), files.get(Path.of("bare.yaml")));
        // PostgreSQL 13 and 14 give public USAGE and CREATE for PUBLIC, 15 on USAGE alone: neither is written ...
        assertTrue(!files.get(Path.of("public.yaml")).contains("grants"), files.get(Path.of("public.yaml")));
        db = new Database(List.of(Schema.named("public")), List.of(), List.of(access("public", List.of(usage))));
        assertTrue(!YamlWriter.files(db, false, "postgres").get(Path.of("public.yaml")).contains("grants"));
        // ... but CREATE taken from PUBLIC on 13 is, and so is everything revoked.
        db = new Database(List.of(Schema.named("public")), List.of(), List.of(access("public", List.of(usage, anon))));
        assertTrue(YamlWriter.files(db, false, "postgres").get(Path.of("public.yaml"))
                .contains("grants: { anon: [usage], public: [usage] }"));
        db = new Database(List.of(Schema.named("public")), List.of(), List.of(access("public", List.of())));
        assertTrue(YamlWriter.files(db, false, "postgres").get(Path.of("public.yaml")).contains("grants: {}"));
    }

    private static io.schemasync.model.Access access(String schema, List<io.schemasync.model.Privilege> grants) {
        return new io.schemasync.model.Access(io.schemasync.model.ObjectRef.schema(schema), null, List.of(), "postgres",
                grants, null, true);
    }

    @Test
    void quotesExactlyWhatYamlWouldReadDifferently() {
        assertEquals(List.of("order", "now()", "'yes'", "'On'", "'null'", "'~'", "'123'", "'1.5'", "'-x'",
                        "\"'a'::text\"", "'x: y'", "'a, b'", "'#c'", "''", "' padded'", "\"line\\nbreak\"",
                        "'with \"double\"'", "timestamp with time zone", "'Ünï'"),
                List.of("order", "now()", "yes", "On", "null", "~", "123", "1.5", "-x", "'a'::text", "x: y", "a, b",
                        "#c", "", " padded", "line\nbreak", "with \"double\"", "timestamp with time zone", "Ünï")
                        .stream().map(YamlText::scalar).toList());
        assertEquals(List.of("0", "-12", "'007'", "'1.0'", "now()"),
                List.of("0", "-12", "007", "1.0", "now()").stream().map(YamlText::expression).toList());
    }
}
