package io.schemasync.apply;

import io.schemasync.server.Committed;
import io.schemasync.server.SchemaRejectedException;
import io.schemasync.server.SyncException;
import io.schemasync.server.Sender;
import io.schemasync.dryrun.DryRun;
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
                List.of(customer, order), List.of());
        return new Database(List.of(pub));
    }

    @Test
    void appliesOnceThenPlansEmpty(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Plan first = DryRun.plan(c, shop(), false);
            assertFalse(first.isEmpty());
            List<String> ran = new ArrayList<>();
            ApplyResult r = SchemaSync.apply(c, shop(), SAFE, new ApplyListener() {
                @Override
                public void executing(String sql) {
                    ran.add(sql);
                }
            });
            assertTrue(r.applied(), () -> String.join("\n", ran));
            Plan second = DryRun.plan(c, shop(), false);
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
        Database bad = new Database(List.of(new Schema("public", null, List.of(), List.of(), List.of(), List.of(t), List.of())));
        try (Connection c = db.connect()) {
            var e = assertThrows(SchemaRejectedException.class, () -> DryRun.plan(c, bad, false));
            assertTrue(e.getMessage().contains("table public.t"), e.getMessage());
            assertTrue(e.getMessage().contains("no_such_type"), e.getMessage());
        }
    }

    static Database withEnum(Database db, List<String> values) {
        Schema s = db.schema("public").orElseThrow();
        return new Database(List.of(new Schema(s.name(), s.comment(), s.extensions(),
                List.of(new EnumType("order_status", values, null)), s.sequences(), s.tables(), s.objects())));
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
            Plan plan = DryRun.plan(c, want, false);
            assertEquals(io.schemasync.plan.Phase.AFTER_COMMIT, plan.steps().get(0).phase());
            ApplyResult r = SchemaSync.apply(c, want, SAFE, new ApplyListener() {});
            assertTrue(r.applied());
            assertTrue(DryRun.plan(c, want, false).isEmpty());
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a_key'::regclass")) {
                assertTrue(rs.next() && rs.getBoolean(1));
            }
        }
    }

    /** Table t (id, n) with rows, a new check on it, and what else the test needs. */
    private static Database checked(String expression, Index... indexes) {
        Table t = new Table("t", List.of(Column.of("id", "integer", false), Column.of("n", "integer", true)),
                new PrimaryKey("t_pkey", List.of("id")), List.of(), List.of(new CheckConstraint("t_n_check", expression)),
                List.of(), List.of(indexes), null, null);
        return new Database(List.of(Schema.named("public").withTables(List.of(t))));
    }

    private static final String ROWS = "CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 1), (2, 2), (3, 3);"
            + " CREATE SEQUENCE canary_seq; CREATE TABLE canary (x int)";

    private static String first(Connection c, String sql) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Step checkStep(Plan plan) {
        return plan.steps().stream().filter(s -> s.change().target().toString().contains("t_n_check")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(plan)));
    }

    private static void assertNotChecked(Plan plan, String reason) {
        assertEquals(reason, checkStep(plan).preflights().getFirst().notChecked(), describe(plan));
        String text = io.schemasync.render.TextRenderer.render(plan, "test", false);
        assertTrue(text.contains("not checked: " + reason), text);
    }

    /** Plan runs on pull requests before review: a CHECK that calls nextval must not advance the sequence. */
    @Test
    void planNeverAdvancesASequenceThroughACheck(TestDatabase db) throws Exception {
        db.execute(ROWS);
        try (Connection c = db.connect()) {
            String before = first(c, "SELECT last_value || ' ' || is_called FROM canary_seq");
            Plan plan = DryRun.plan(c, checked("nextval('canary_seq') > 0"), false);
            assertNotChecked(plan, "the expression calls volatile function nextval(regclass)");
            assertEquals(before, first(c, "SELECT last_value || ' ' || is_called FROM canary_seq"));
        }
    }

    /** A volatile SQL function that writes is not called, not even inside the transaction that plan rolls back. */
    @Test
    void planNeverCallsAFunctionThatWrites(TestDatabase db) throws Exception {
        db.execute(ROWS + "; CREATE FUNCTION log_row(int) RETURNS boolean LANGUAGE sql"
                + " AS $$ INSERT INTO canary VALUES ($1) RETURNING true $$");
        try (Connection c = db.connect()) {
            Plan plan = DryRun.plan(c, checked("log_row(id)"), false);
            assertNotChecked(plan, "the expression calls volatile function log_row(integer)");
            assertEquals("0", first(c, "SELECT count(*) FROM canary"));
            DryRun.sessionSettings(c);
            c.setAutoCommit(false);
            DryRun.compute(c, checked("log_row(id)"), false);
            assertEquals("0", first(c, "SELECT count(*) FROM canary"), "inside the transaction too");
            c.rollback();
        }
    }

    /** dblink_exec commits on a connection of its own, so a rollback would not undo it: it must never run. */
    @Test
    void planNeverCallsDblink(TestDatabase db) throws Exception {
        db.execute(ROWS + "; CREATE EXTENSION dblink");
        try (Connection c = db.connect()) {
            String conninfo = "host=localhost port=" + first(c, "SHOW port") + " dbname=" + db.name() + " user="
                    + db.user() + (db.password() == null ? "" : " password=" + db.password());
            String call = "dblink_exec('" + conninfo + "', 'INSERT INTO canary VALUES (1)')";
            assertEquals("INSERT 0 1", first(c, "SELECT " + call), "the canary works: outside a plan it sings");
            db.execute("DELETE FROM canary");
            Plan plan = DryRun.plan(c, checked(call + " IS NOT NULL"), false);
            assertNotChecked(plan, "the expression calls volatile function dblink_exec(text,text)");
            assertEquals("0", first(c, "SELECT count(*) FROM canary"));
        }
    }

    /** Table t with a new column (the transaction) and three indexes built after the commit. */
    private static Database indexed() {
        Table t = new Table("t", List.of(Column.of("id", "integer", false), Column.of("a", "integer", true),
                Column.of("c", "integer", true)), new PrimaryKey("t_pkey", List.of("id")), List.of(), List.of(), List.of(),
                List.of(index("t_a_idx", IndexKey.column("a")),
                        index("t_inverse_idx", new IndexKey("(100 / a)", false, null, null, false, false)),
                        index("t_z_idx", IndexKey.column("id"), IndexKey.column("a"))),
                null, null);
        return new Database(List.of(Schema.named("public").withTables(List.of(t))));
    }

    private static Index index(String name, IndexKey... keys) {
        return new Index(name, false, null, List.of(keys), List.of(), null, false, null);
    }

    private static List<String> targets(List<Step> steps) {
        return steps.stream().map(s -> s.change().target().toString()).toList();
    }

    /**
     * A row with a = 0 makes the index on 100 / a fail after the commit (no preflight looks at expressions'
     * errors): the exception says what was committed, which after-commit steps completed, which failed and which
     * did not run; apply run again resumes.
     */
    @Test
    void anAfterCommitFailureSaysWhatWasCommitted(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int); INSERT INTO t VALUES (1, 0), (2, 1)");
        try (Connection c = db.connect()) {
            List<Plan> planned = new ArrayList<>();
            SyncException e = assertThrows(SyncException.class, () -> SchemaSync.apply(c, indexed(), SAFE,
                    new ApplyListener() {
                        @Override
                        public void planned(Plan plan) {
                            planned.add(plan);
                        }
                    }));
            assertTrue(e.getMessage().startsWith("statement failed after the commit: division by zero"), e.getMessage());
            assertFalse(e.getMessage().contains("rolled back") || e.getMessage().contains("nothing"), e.getMessage());
            Committed done = e.committed().orElseThrow();
            assertEquals(Committed.Stage.AFTER_COMMIT, done.stage());
            assertEquals(List.of("column public.t.c"), targets(done.committed()));
            assertEquals("index public.t.t_inverse_idx", done.failed().change().target().toString());
            List<Step> afterCommit = planned.getFirst().steps().stream()
                    .filter(s -> s.phase() == io.schemasync.plan.Phase.AFTER_COMMIT).toList();
            List<Step> accounted = new ArrayList<>(done.completed());
            accounted.add(done.failed());
            accounted.addAll(done.notRun());
            assertEquals(targets(afterCommit), targets(accounted));
            assertEquals(List.of("index public.t.t_a_idx"), targets(done.completed()));
            assertEquals(List.of("index public.t.t_z_idx"), targets(done.notRun()));
            assertEquals("c", first(c, "SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum = 3"));

            db.execute("UPDATE t SET a = 5 WHERE a = 0");
            assertTrue(SchemaSync.apply(c, indexed(), SAFE, new ApplyListener() {}).applied());
            assertTrue(DryRun.plan(c, indexed(), false).isEmpty());
        }
    }

    /** Someone adds a column while the index builds: verification finds it, and says the changes are committed. */
    @Test
    void aVerificationFailureSaysTheChangesWereCommitted(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int); INSERT INTO t VALUES (1, 1), (2, 2)");
        Database want = new Database(List.of(Schema.named("public").withTables(List.of(new Table("t",
                List.of(Column.of("id", "integer", false), Column.of("a", "integer", true), Column.of("c", "integer", true)),
                new PrimaryKey("t_pkey", List.of("id")), List.of(), List.of(), List.of(),
                List.of(index("t_a_idx", IndexKey.column("a"))), null, null)))));
        try (Connection c = db.connect()) {
            SyncException e = assertThrows(SyncException.class, () -> SchemaSync.apply(c, want, SAFE, new ApplyListener() {
                @Override
                public void executing(String sql) {
                    if (!sql.contains("CONCURRENTLY")) return;
                    try {
                        db.execute("ALTER TABLE t ADD COLUMN IF NOT EXISTS extra int");
                    } catch (java.sql.SQLException x) {
                        throw new AssertionError(x);
                    }
                }
            }));
            assertTrue(e.getMessage().contains("still differs") && e.getMessage().contains("extra"), e.getMessage());
            Committed done = e.committed().orElseThrow();
            assertEquals(Committed.Stage.VERIFICATION, done.stage());
            assertEquals(List.of("column public.t.c"), targets(done.committed()));
            assertEquals(List.of("index public.t.t_a_idx"), targets(done.completed()));
        }
    }

    /**
     * The plan is computed again before the commit: a transaction that does not reach the schema (here another
     * session changed a table meanwhile) is rolled back, never committed halfway for every later apply to refuse.
     */
    @Test
    void aTransactionThatDoesNotReachTheSchemaIsRolledBack(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, n int); CREATE TABLE u (id int PRIMARY KEY);"
                + " INSERT INTO t VALUES (1, 1)");
        Table u = new Table("u", List.of(Column.of("id", "integer", false)), new PrimaryKey("u_pkey", List.of("id")),
                List.of(), List.of(), List.of(), List.of(), null, null);
        Database want = new Database(List.of(Schema.named("public").withTables(List.of(
                checked("n > 0").schemas().getFirst().tables().getFirst(), u))));
        try (Connection c = db.connect()) {
            SyncException e = assertThrows(SyncException.class, () -> SchemaSync.apply(c, want, SAFE,
                    new ApplyListener() {
                        @Override
                        public void executing(String sql) {
                            try {
                                db.execute("ALTER TABLE u ADD COLUMN IF NOT EXISTS extra int");
                            } catch (java.sql.SQLException x) {
                                throw new AssertionError(x);
                            }
                        }
                    }));
            assertTrue(e.committed().isEmpty(), e.getMessage());
            assertTrue(e.getMessage().contains("rolled back") && e.getMessage().contains("extra"), e.getMessage());
            assertEquals("0", first(c, "SELECT count(*) FROM pg_constraint WHERE conname = 't_n_check'"));
        }
    }

    /**
     * serial → identity and serial → bigserial in place, with rows: the sequence's values are kept (the next id is
     * the one the serial would have given, not max + 1), and a widened serial's sequence counts past 2^31.
     */
    @Test
    void serialsBecomeIdentityOrWiderKeepingTheirValues(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE a (id serial PRIMARY KEY, x int); CREATE TABLE b (id serial PRIMARY KEY, x int);"
                + " INSERT INTO a (x) SELECT g FROM generate_series(1, 6) g; DELETE FROM a WHERE id > 4;"
                + " INSERT INTO b (x) VALUES (1)");
        Table a = new Table("a", List.of(new Column("id", "integer", false, null, Identity.BY_DEFAULT, null, null,
                null, null), Column.of("x", "integer", true)), new PrimaryKey("a_pkey", List.of("id")), List.of(),
                List.of(), List.of(), List.of(), null, null);
        Table b = new Table("b", List.of(Column.of("id", "bigserial", false), Column.of("x", "integer", true)),
                new PrimaryKey("b_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null, null);
        Database want = new Database(List.of(Schema.named("public").withTables(List.of(a, b))));
        try (Connection c = db.connect()) {
            assertTrue(SchemaSync.apply(c, want, SAFE, new ApplyListener() {}).applied());
            assertEquals("7", first(c, "INSERT INTO a (x) VALUES (7) RETURNING id"));
            assertEquals("1", first(c, "SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname LIKE 'a\\_%'"));
            db.execute("SELECT setval('b_id_seq', 3000000000)");
            assertEquals("3000000001", first(c, "INSERT INTO b (x) VALUES (2) RETURNING id"));
            assertTrue(DryRun.plan(c, want, false).isEmpty());
        }
    }

    /**
     * A failure inside the transaction committed nothing, and says so by having nothing committed. The table is
     * empty, so the check is added in the transaction (on a table with rows it would be NOT VALID, and validated
     * after the commit); a row that breaks it arrives just before.
     */
    @Test
    void aFailureInTheTransactionCommitsNothing(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, n int)");
        try (Connection c = db.connect()) {
            SyncException e = assertThrows(SyncException.class, () -> SchemaSync.apply(c, checked("n > 0"), SAFE,
                    new ApplyListener() {
                        @Override
                        public void executing(String sql) {
                            try {
                                if (sql.contains("t_n_check")) db.execute("INSERT INTO t VALUES (2, -1)");
                            } catch (java.sql.SQLException x) {
                                throw new AssertionError(x);
                            }
                        }
                    }));
            assertTrue(e.committed().isEmpty(), e.getMessage());
            assertTrue(e.getMessage().startsWith("statement failed: "), e.getMessage());
        }
    }
}
