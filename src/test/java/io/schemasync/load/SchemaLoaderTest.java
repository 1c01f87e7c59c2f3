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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaLoaderTest {
    @TempDir
    Path dir;

    private YamlFixture yaml() {
        return new YamlFixture(dir);
    }

    /** SnakeYAML's default limit is 3 MB; introspect writes one file of more than that for 5,000 tables. */
    @Test
    void loadsAFileOfTwentyMegabytes() throws Exception {
        StringBuilder sb = new StringBuilder("schemas:\n  public:\n    tables:\n");
        int n = 0;
        while (sb.length() < 20_000_000) {
            sb.append("      t").append(++n).append(":\n        comment: \"").append("x".repeat(300)).append("\"\n")
                    .append("        columns:\n          id: { type: bigint, identity: always }\n")
                    .append("          name: { type: text, nullable: false, default: \"'none'\" }\n")
                    .append("        primary_key: [id]\n");
        }
        Database db = yaml().load(sb.toString());
        assertEquals(n, db.schema("public").orElseThrow().tables().size());
    }

    @Test
    void loadsTheExampleSchemaOfTheRepository() throws Exception {
        Database db = SchemaLoader.load(List.of(Path.of("schema")));
        Schema pub = db.schema("public").orElseThrow();
        assertEquals(List.of(Extension.named("citext")), pub.extensions());
        assertEquals(List.of(new EnumType("order_status", List.of("pending", "paid", "shipped", "cancelled"), null)),
                pub.enums());
        assertEquals(Sequence.withDefaults("invoice_number", null, 1000L, null, null, null, null, false, null, null),
                pub.sequence("invoice_number").orElseThrow());
        Table customer = pub.table("customer").orElseThrow();
        assertEquals("People who can place orders", customer.comment());
        assertEquals(List.of(
                new Column("id", "bigint", false, null, Identity.ALWAYS, null, null, null, null),
                Column.of("email", "citext", false),
                new Column("created_at", "timestamp with time zone", false, "now()", null, null, null, null, null)),
                customer.columns());
        assertEquals(new PrimaryKey("customer_pkey", List.of("id")), customer.primaryKey());
        assertEquals(List.of(UniqueConstraint.of("customer_email_key", List.of("email"))), customer.uniques());

        Table order = pub.table("order").orElseThrow();
        assertEquals(Column.of("total", "numeric(12,2)", false).withDefault("0"), order.column("total").orElseThrow());
        assertEquals("'pending'", order.column("status").orElseThrow().defaultExpr());
        assertEquals(List.of(new CheckConstraint("order_total_nonnegative", "total >= 0")), order.checks());
        assertEquals(List.of(new ForeignKey("order_customer_fk", List.of("customer_id"), "public", "customer",
                List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION, false, Deferral.NOT_DEFERRABLE)),
                order.foreignKeys());
        assertEquals(List.of(
                new Index("order_customer_idx", false, "btree", List.of(IndexKey.column("customer_id"),
                        new IndexKey("id", true, null, null, true, true)), List.of(), null, false, null),
                new Index("order_open_idx", false, "btree", List.of(IndexKey.column("status")), List.of(),
                        "status <> 'cancelled'", false, null)),
                order.indexes());
    }

    @Test
    void readsEveryKey() throws Exception {
        Database db = yaml().load("""
                version: 1
                schemas:
                  app:
                    comment: The application
                    extensions: [citext, {name: pgcrypto, version: "1.3"}]
                    enums:
                      mood: { values: [sad, ok, "yes"], comment: How it feels }
                    sequences:
                      ticket: { type: int, start: 5, increment: -1, min_value: -100, max_value: 10, cache: 20,
                                cycle: true, owned_by: item.n, comment: Tickets }
                    tables:
                      item:
                        comment: Items
                        renamed_from: thing
                        columns:
                          id: { type: int8, identity: by_default }
                          n: { type: serial }
                          code: { type: "varchar(20)", nullable: false, collation: C, comment: The code,
                                  renamed_from: old_code }
                          doubled: { type: int, generated: n * 2 }
                          feel: { type: mood, default: "'ok'" }
                          tags: { type: "text[]", comment: "" }
                        primary_key: { name: item_pk, columns: [id] }
                        unique:
                          item_code_key: { columns: [code], nulls_not_distinct: true, deferrable: true }
                          item_n_key: { columns: [n], initially_deferred: true }
                        checks:
                          item_n_positive: n > 0
                        foreign_keys:
                          item_self_fk: { columns: [n], references: app.item(id), on_delete: set null,
                                          on_update: restrict, match: full, deferrable: true }
                          item_parent_fk: { columns: [id], references: item }
                        indexes:
                          item_lower_idx: { columns: ["lower(code) desc nulls last", 'code collate "C" text_pattern_ops'],
                                            unique: true, include: [n], where: "n > 1", nulls_not_distinct: true,
                                            comment: Lookup }
                          item_tags_idx: { columns: [tags], using: gin }
                """);
        Schema app = db.schema("app").orElseThrow();
        assertEquals("The application", app.comment());
        assertEquals(List.of(Extension.named("citext"), new Extension("pgcrypto", "1.3")), app.extensions());
        assertEquals(new EnumType("mood", List.of("sad", "ok", "yes"), "How it feels"), app.enums().get(0));
        assertEquals(new Sequence("ticket", "integer", 5, -1, -100, 10, 20, true, "item.n", "Tickets"),
                app.sequence("ticket").orElseThrow());
        Table item = app.table("item").orElseThrow();
        assertEquals("Items", item.comment());
        assertEquals("thing", item.renamedFrom());
        assertEquals(List.of(
                new Column("id", "bigint", false, null, Identity.BY_DEFAULT, null, null, null, null),
                Column.of("n", "serial", false),
                new Column("code", "character varying(20)", false, null, null, null, "C", "The code", "old_code"),
                new Column("doubled", "integer", true, null, null, "n * 2", null, null, null),
                Column.of("feel", "mood", true).withDefault("'ok'"),
                Column.of("tags", "text[]", true)), item.columns());
        assertEquals(new PrimaryKey("item_pk", List.of("id")), item.primaryKey());
        assertEquals(List.of(
                new UniqueConstraint("item_code_key", List.of("code"), true, Deferral.DEFERRABLE_INITIALLY_IMMEDIATE),
                new UniqueConstraint("item_n_key", List.of("n"), false, Deferral.DEFERRABLE_INITIALLY_DEFERRED)),
                item.uniques());
        assertEquals(List.of(
                new ForeignKey("item_parent_fk", List.of("id"), "app", "item", List.of("id"), null, null, false, null),
                new ForeignKey("item_self_fk", List.of("n"), "app", "item", List.of("id"), FkAction.SET_NULL,
                        FkAction.RESTRICT, true, Deferral.DEFERRABLE_INITIALLY_IMMEDIATE)), item.foreignKeys());
        assertEquals(List.of(
                new Index("item_lower_idx", true, "btree", List.of(
                        new IndexKey("lower(code)", false, null, null, true, false),
                        new IndexKey("code", true, "C", "text_pattern_ops", false, false)),
                        List.of("n"), "n > 1", true, "Lookup"),
                new Index("item_tags_idx", false, "gin", List.of(IndexKey.column("tags")), List.of(), null, false,
                        null)), item.indexes());
    }

    @Test
    void mergesSchemasAcrossFilesAndDirectories() throws Exception {
        yaml().write("a/one.yaml", """
                schemas:
                  public:
                    enums: { e: [x] }
                    tables:
                      a: { columns: { id: { type: int } } }
                """);
        yaml().write("a/deeper/two.yml", """
                schemas:
                  public:
                    comment: shared
                    tables:
                      b: { columns: { e: { type: e } } }
                  other: {}
                """);
        yaml().write("ignored.txt", "not: yaml: at all");
        Path single = yaml().write("single.yaml", "schemas: { third: }");
        Database db = SchemaLoader.load(List.of(dir.resolve("a"), single));
        assertEquals(List.of("other", "public", "third"), db.schemas().stream().map(Schema::name).toList());
        Schema pub = db.schema("public").orElseThrow();
        assertEquals("shared", pub.comment());
        assertEquals(List.of("a", "b"), pub.tables().stream().map(Table::name).toList());
    }

    @Test
    void emptyFilesAndNullValuesAreEmptyObjects() throws Exception {
        yaml().write("empty.yaml", "");
        Database db = yaml().load("schemas:\n  s:\n    tables:\n      t:\n    enums:\n      e: []\n");
        assertTrue(db.table("s", "t").orElseThrow().columns().isEmpty());
        assertEquals(List.of(), db.schema("s").orElseThrow().enumType("e").orElseThrow().values());
    }

    @Test
    void implicitNotNullAndNamesAsWritten() throws Exception {
        Database db = yaml().load("""
                schemas:
                  public:
                    tables:
                      Users:
                        columns:
                          Id: { type: integer }
                          "yes": { type: bool }
                          on: { type: timestamp(3) }
                          big: { type: bigserial }
                        primary_key: [Id]
                """);
        Table t = db.table("public", "Users").orElseThrow();
        assertEquals(List.of(Column.of("Id", "integer", false), Column.of("yes", "boolean", true),
                Column.of("on", "timestamp(3) without time zone", true), Column.of("big", "bigserial", false)),
                t.columns());
        assertEquals("Users_pkey", t.primaryKey().name());
        assertNull(t.comment());
    }

    @Test
    void foreignKeyTargetsInSchemasTheYamlDoesNotDefineAreTrusted() throws Exception {
        Database db = yaml().load("""
                schemas:
                  public:
                    tables:
                      t:
                        columns: { a: { type: "auth.user_id" }, b: { type: int } }
                        foreign_keys:
                          t_fk: { columns: [b], references: "auth.users(id)" }
                """);
        ForeignKey fk = db.table("public", "t").orElseThrow().foreignKeys().get(0);
        assertEquals(List.of("auth", "users", List.of("id")), List.of(fk.refSchema(), fk.refTable(), fk.refColumns()));
    }
}
