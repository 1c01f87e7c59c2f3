package io.schemasync.apply;

import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.Deferral;
import io.schemasync.model.EnumType;
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
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@PostgresTest
class SchemaSyncTest {
    private static final SchemaSync.Options SAFE = new SchemaSync.Options(false, Duration.ofSeconds(5), true);

    /** Written the way people write it: int, varchar(20), now(), price > 0, 'draft'. */
    static Database shop() {
        Table customer = new Table("customer", List.of(
                new Column("id", "bigint", false, null, Identity.ALWAYS, null, null, null, null),
                Column.of("email", "varchar(200)", false),
                new Column("created_at", "timestamptz", false, "now()", null, null, null, "when", null)),
                new PrimaryKey("customer_pkey", List.of("id")),
                List.of(UniqueConstraint.of("customer_email_key", List.of("email"))), List.of(), List.of(),
                List.of(new Index("customer_lower_email_idx", false, null,
                        List.of(new IndexKey("lower(email)", false, null, null, false, false)), List.of(), null, false, null)),
                "People", null);
        Table order = new Table("order", List.of(
                new Column("id", "serial", false, null, null, null, null, null, null),
                Column.of("customer_id", "bigint", false),
                new Column("status", "order_status", false, "'pending'", null, null, null, null, null),
                new Column("total", "numeric(12,2)", false, "0", null, null, null, null, null),
                Column.of("note", "text", true)),
                new PrimaryKey("order_pkey", List.of("id")), List.of(),
                List.of(new CheckConstraint("order_total_nonnegative", "total >= 0")),
                List.of(new ForeignKey("order_customer_fk", List.of("customer_id"), "public", "customer", List.of("id"),
                        FkAction.CASCADE, null, false, Deferral.DEFERRABLE_INITIALLY_DEFERRED)),
                List.of(new Index("order_customer_idx", false, null, List.of(IndexKey.column("customer_id"),
                                new IndexKey("id", true, null, null, true, true)), List.of(), null, false, "by customer"),
                        new Index("order_open_idx", false, null, List.of(IndexKey.column("status")), List.of(),
                                "status <> 'cancelled'", false, null)),
                null, null);
        Schema pub = new Schema("public", null, List.of(),
                List.of(new EnumType("order_status", List.of("pending", "paid", "shipped", "cancelled"), null)),
                List.of(Sequence.withDefaults("invoice_number", null, 1000L, null, null, null, null, false, null, null)),
                List.of(customer, order));
        return new Database(List.of(pub));
    }

    @Test
    void appliesOnceThenPlansEmpty(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Plan first = SchemaSync.plan(c, shop(), false);
            assertFalse(first.isEmpty());
            List<String> ran = new ArrayList<>();
            ApplyResult r = SchemaSync.apply(c, shop(), SAFE, new ApplyListener() {
                @Override
                public void executing(String sql) {
                    ran.add(sql);
                }
            });
            assertTrue(r.applied(), () -> String.join("\n", ran));
            Plan second = SchemaSync.plan(c, shop(), false);
            assertTrue(second.isEmpty(), () -> describe(second));
            ApplyResult again = SchemaSync.apply(c, shop(), SAFE, new ApplyListener() {});
            assertFalse(again.applied());
            assertEquals(0, again.executed());
        }
    }

    @Test
    void addsEnumValueAndColumnThenRefusesDrop(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            SchemaSync.apply(c, shop(), SAFE, new ApplyListener() {});
            Database next = withEnum(shop(), List.of("pending", "paid", "refunded", "shipped", "cancelled"));
            ApplyResult r = SchemaSync.apply(c, next, SAFE, new ApplyListener() {});
            assertTrue(r.applied(), () -> describe(r.plan()));
            Database dropped = withoutNote(next);
            ApplyResult refused = SchemaSync.apply(c, dropped, SAFE, new ApplyListener() {});
            assertFalse(refused.applied());
            assertTrue(refused.plan().hasRefusals());
            ApplyResult allowed = SchemaSync.apply(c, dropped, new SchemaSync.Options(true, Duration.ofSeconds(5), true),
                    new ApplyListener() {});
            assertTrue(allowed.applied());
        }
    }

    @Test
    void rejectsUnknownTypeNamingTheColumn(TestDatabase db) throws Exception {
        Table t = new Table("t", List.of(Column.of("x", "no_such_type", true)), null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        Database bad = new Database(List.of(new Schema("public", null, List.of(), List.of(), List.of(), List.of(t))));
        try (Connection c = db.connect()) {
            var e = assertThrows(SchemaRejectedException.class, () -> SchemaSync.plan(c, bad, false));
            assertTrue(e.getMessage().contains("table public.t"), e.getMessage());
            assertTrue(e.getMessage().contains("no_such_type"), e.getMessage());
        }
    }

    static Database withEnum(Database db, List<String> values) {
        Schema s = db.schema("public").orElseThrow();
        return new Database(List.of(new Schema(s.name(), s.comment(), s.extensions(),
                List.of(new EnumType("order_status", values, null)), s.sequences(), s.tables())));
    }

    static Database withoutNote(Database db) {
        Schema s = db.schema("public").orElseThrow();
        List<Table> tables = s.tables().stream().map(t -> !t.name().equals("order") ? t : new Table(t.name(),
                t.columns().stream().filter(c -> !c.name().equals("note")).toList(), t.primaryKey(), t.uniques(),
                t.checks(), t.foreignKeys(), t.indexes(), t.comment(), null)).toList();
        return new Database(List.of(s.withTables(tables)));
    }

    static String describe(Plan p) {
        StringBuilder sb = new StringBuilder();
        for (Step s : p.steps()) sb.append(s.change().target()).append(": ").append(s.summary()).append(' ')
                .append(s.statements()).append('\n');
        return sb.toString();
    }

    /** An interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index: apply drops it and builds it again. */
    @Test
    void resumesAnInterruptedConcurrentIndexBuild(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int); INSERT INTO t VALUES (1, 1), (2, 1)");
        try (Connection c = db.connect()) {
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                assertThrows(java.sql.SQLException.class,
                        () -> st.execute("CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a)"));
                st.execute("DELETE FROM t WHERE id = 2");
            }
            Table t = new Table("t", List.of(Column.of("id", "integer", false), Column.of("a", "integer", true)),
                    new PrimaryKey("t_pkey", List.of("id")), List.of(), List.of(), List.of(),
                    List.of(new Index("t_a_key", true, null, List.of(IndexKey.column("a")), List.of(), null, false, null)),
                    null, null);
            Database want = new Database(List.of(Schema.named("public").withTables(List.of(t))));
            Plan plan = SchemaSync.plan(c, want, false);
            assertEquals(io.schemasync.plan.Phase.AFTER_COMMIT, plan.steps().get(0).phase());
            ApplyResult r = SchemaSync.apply(c, want, SAFE, new ApplyListener() {});
            assertTrue(r.applied());
            assertTrue(SchemaSync.plan(c, want, false).isEmpty());
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a_key'::regclass")) {
                assertTrue(rs.next() && rs.getBoolean(1));
            }
        }
    }
}
