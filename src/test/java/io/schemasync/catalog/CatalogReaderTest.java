package io.schemasync.catalog;

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
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@PostgresTest
class CatalogReaderTest {
    private static final long BIGINT_MAX = Long.MAX_VALUE;

    @Test
    void readsEveryManagedFeatureInTheServersCanonicalText(TestDatabase db) throws SQLException {
        db.execute(ddl(db.major()));
        LiveCatalog live = read(db, s -> !s.equals("other"));
        boolean nnd = db.major() >= 15;

        assertEquals(db.major(), live.server().major());
        assertEquals(nnd, live.server().supportsNullsNotDistinct());
        Schema app = live.database().schema("app").orElseThrow();
        assertEquals("the application", app.comment());
        assertEquals(List.of(new Extension("pgcrypto", defaultVersion(db, "pgcrypto"))), app.extensions());
        assertEquals(List.of(new EnumType("status", List.of("new", "paid", "shipped", "it's {odd}, \"quoted\""), "order status")), app.enums());
        assertEquals(expectedSequences(), app.sequences());
        assertEquals(List.of(new io.schemasync.kinds.Domains.Domain("positive", "integer", true, null,
                List.of(new CheckConstraint("positive_check", "(VALUE > 0)")), null, null)),
                app.objects(io.schemasync.kinds.Domains.Domain.class));
        assertEquals(List.of(new io.schemasync.kinds.Views.View("v_orders", "SELECT id\n   FROM app.\"order\"",
                List.of("id"), List.of("integer"), null, false, false, null)), app.objects(io.schemasync.kinds.Views.View.class));
        // A composite type is managed (relkind 'c'), with its attributes as format_type prints them.
        assertEquals(List.of(new io.schemasync.kinds.UserType("pair_t", List.of(
                        new io.schemasync.kinds.UserType.Attribute("x", "integer", null),
                        new io.schemasync.kinds.UserType.Attribute("y", "integer", null)), null, null, null, List.of(),
                        false)), app.objects(io.schemasync.kinds.UserType.class));
        // Functions and procedures are managed; the aggregate is listed as unmanaged.
        List<io.schemasync.kinds.Routine> routines = app.objects(io.schemasync.kinds.Routine.class);
        assertEquals(List.of(routine(false, "f(integer, text)", "f", List.of(
                        new io.schemasync.kinds.Routine.Argument(io.schemasync.kinds.Routine.Mode.IN, "a", "integer", null),
                        new io.schemasync.kinds.Routine.Argument(io.schemasync.kinds.Routine.Mode.IN, "b", "text", null)),
                        "integer", "sql", "select 1"),
                routine(false, "trg()", "trg", List.of(), "trigger", "plpgsql", "begin return new; end"),
                routine(true, "p()", "p", List.of(), null, "sql", "select 1")), routines);
        assertEquals(List.of("trigger order_touch on table app.\"order\""), routines.get(1).dependents());
        // Triggers are managed: read with their table, the function they execute qualified.
        assertEquals(List.of(new io.schemasync.kinds.Trigger("order", "order_touch", "before", List.of("update"),
                        List.of(), null, null, true, null, "app", "trg", List.of(), false, false, false, "origin", null,
                        null)), app.objects(io.schemasync.kinds.Trigger.class));
        assertEquals(List.of("Weird \"Name", "booking", "customer", "measure", "measure_2024", "order", "pair", "reading"),
                app.tables().stream().map(Table::name).toList());
        assertEquals(customer(), app.table("customer").orElseThrow());
        assertEquals(order(), app.table("order").orElseThrow());
        assertEquals(weird(nnd), app.table("Weird \"Name").orElseThrow());
        assertEquals(pair(), app.table("pair").orElseThrow());
        try (Connection again = db.connect()) {
            assertEquals(partitioned(), CatalogReader.read(again, "app"::equals, true).database().table("app", "measure")
                    .orElseThrow());
        }
        // A partitioned table is a table; its partition has its bound and nothing of its parent's (columns, key).
        assertEquals(partitioned(), app.table("measure").orElseThrow());
        assertEquals(table("measure_2024", List.of(), null, List.of(), List.of(), List.of(), List.of(), null)
                .withPartitioning(new io.schemasync.model.Partitioning(null, "measure",
                        "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", List.of())),
                app.table("measure_2024").orElseThrow());
        assertEquals(reading(), app.table("reading").orElseThrow());
        // An exclusion constraint is managed (exclude:), read with its index and operators.
        assertEquals(table("booking", List.of(Column.of("during", "tsrange", true)), null, List.of(), List.of(),
                List.of(), List.of(), null).withExclusions(List.of(new io.schemasync.model.ExclusionConstraint(
                        "booking_during_excl", index("booking_during_excl", "gist", IndexKey.column("during")),
                        List.of("&&"), io.schemasync.model.Deferral.NOT_DEFERRABLE))),
                app.table("booking").orElseThrow());

        Schema pub = new Schema("public", "standard public schema",
                List.of(new Extension("citext", defaultVersion(db, "citext"))), List.of(), List.of(), List.of(), List.of());
        // Owners and privileges are AccessCatalog's (cases under grants/); here the structure.
        assertEquals(new Database(List.of(app, pub)), live.database().withAccess(List.of()).withDefaults(List.of()));
        assertEquals(expectedUnmanaged(), live.unmanaged());
        // A materialized view is managed now: read as an object of its kind, with its query in the server's text.
        var mv = (io.schemasync.kinds.MaterializedViews.MaterializedView) app.object(Kind.MATERIALIZED_VIEW, "mv")
                .orElseThrow();
        assertEquals(List.of("one"), mv.columns());
        assertTrue(mv.withData());
    }

    @Test
    void schemasThatAreNotManagedAreReportedAndNotRead(TestDatabase db) throws SQLException {
        db.execute("create schema app; create table app.t (id int); create table public.p (id int);"
                + " create schema \"Mixed Case\"; create view \"Mixed Case\".v as select 1 as one;");
        LiveCatalog live = read(db, s -> s.equals("app"));
        assertEquals(List.of("app"), live.database().schemas().stream().map(Schema::name).toList());
        assertEquals(List.of(ObjectRef.schema("Mixed Case"), ObjectRef.schema("public")), live.unmanaged());
    }

    @Test
    void anEmptyManagedSchemaIsPresentAndAMissingOneIsAbsent(TestDatabase db) throws SQLException {
        db.execute("create schema app");
        LiveCatalog live = read(db, s -> s.equals("app") || s.equals("missing"));
        assertEquals(new Database(List.of(Schema.named("app"))),
                live.database().withAccess(List.of()).withDefaults(List.of()));
    }

    @Test
    void readsInsideTheCallersTransactionAndLeavesAutocommitAlone(TestDatabase db) throws SQLException {
        db.execute("create schema app");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create table app.scratch (id int)");
            }
            assertTrue(CatalogReader.read(c, "app"::equals).database().table("app", "scratch").isPresent());
            c.rollback();
            c.setAutoCommit(true);
            assertTrue(CatalogReader.read(c, "app"::equals).database().table("app", "scratch").isEmpty());
            assertTrue(c.getAutoCommit());
        }
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfTables(TestDatabase db) throws SQLException {
        db.execute("create schema one; create schema fifty");
        db.execute(tables("one", 1));
        db.execute(tables("fifty", 50));
        int forOne = countQueries(db, "one");
        int forFifty = countQueries(db, "fifty");
        assertEquals(forOne, forFifty);
        // server, schemas, extensions, enums, sequences, tables, columns, constraints, indexes, exclusion
        // constraints, unmanaged objects, one query per object kind of the registry, the indexes of materialized
        // views, owners and privileges, and default privileges; kinds of an extension (Citus distribution) only
        // where it is installed, which it is not here: no query of pg_dist_partition on a server without Citus
        assertEquals(14 + io.schemasync.kinds.Kinds.ALL.stream().filter(k -> k.extension().isEmpty()).count(),
                (long) forOne);
        assertEquals(50, read(db, "fifty"::equals).database().schema("fifty").orElseThrow().tables().size());
    }

    private static LiveCatalog read(TestDatabase db, java.util.function.Predicate<String> managed)
            throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogReader.read(c, managed);
        }
    }

    /**
     * The digest of a no-op run ({@link CatalogDigest}) must cover every query the reader runs, or a change only
     * that query sees would hide behind a record: the reader's statements, as sent, are all among the digest's.
     */
    @Test
    void theDigestRunsEveryQueryTheReaderRuns(TestDatabase db) throws SQLException {
        db.execute("create schema covered;" + tables("covered", 2)
                + "create view covered.v as select id from covered.t0;"
                + "create materialized view covered.m as select id from covered.t1; create index m_id on covered.m (id);"
                + "create function covered.f() returns int language sql as 'select 1';");
        java.util.Set<String> sent = new java.util.LinkedHashSet<>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                sent.add(ctx.sql().replace("cast(? as varchar[])", "?")); // how jOOQ binds a String[]
            }
        };
        try (Connection c = db.connect()) {
            var ctx = DSL.using(new DefaultConfiguration().set(c).set(SQLDialect.POSTGRES).set(recorder));
            LiveCatalog live = CatalogReader.read(ctx, "covered"::equals);
            java.util.Set<String> digested = new java.util.HashSet<>(List.of(CatalogSql.SERVER, CatalogSql.SCHEMAS));
            CatalogQueries.of(live.server(), new String[] {"covered"}).all().forEach(q -> digested.add(q.sql()));
            assertEquals(List.of(), sent.stream().filter(sql -> !digested.contains(sql)).toList());
            assertTrue(sent.size() >= 15, "the reader ran " + sent.size() + " statements");
            c.setAutoCommit(false);
            String once = CatalogDigest.of(c, java.util.Set.of("covered")).digest();
            assertEquals(once, CatalogDigest.of(c, java.util.Set.of("covered")).digest(), "the digest is stable");
            try (Connection helper = db.connect()) {
                assertTrue(CatalogDigest.share(c, helper), "a second connection takes the snapshot");
                assertEquals(once, CatalogDigest.of(c, java.util.Set.of("covered"), helper).digest(),
                        "the same digest on two connections");
            }
            c.rollback();
        }
    }

    private static int countQueries(TestDatabase db, String schema) throws SQLException {
        AtomicInteger count = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                count.incrementAndGet();
            }
        };
        try (Connection c = db.connect()) {
            var ctx = DSL.using(new DefaultConfiguration().set(c).set(SQLDialect.POSTGRES).set(counter));
            Schema read = CatalogReader.read(ctx, schema::equals).database().schema(schema).orElseThrow();
            assertTrue(read.tables().stream().allMatch(t -> t.indexes().size() == 1 && t.checks().size() == 1));
        }
        return count.get();
    }

    /** Tables with a primary key, a foreign key, a check, an index, an enum column and comments each. */
    private static String tables(String schema, int n) {
        StringBuilder sql = new StringBuilder("create type " + schema + ".mood as enum ('ok');");
        for (int i = 0; i < n; i++) {
            String t = schema + ".t" + i;
            sql.append("create table ").append(t).append(" (id serial primary key, mood ").append(schema)
                    .append(".mood, parent int references ").append(t).append(" (id), qty int check (qty > 0));")
                    .append("create index t").append(i).append("_qty on ").append(t).append(" (qty);")
                    .append("comment on table ").append(t).append(" is 'table ").append(i).append("';");
        }
        return sql.toString();
    }

    private static String defaultVersion(TestDatabase db, String extension) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select extversion from pg_extension where extname = '" + extension + "'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static List<Sequence> expectedSequences() {
        return List.of(
                new Sequence("counter_seq", "bigint", 1, 1, 1, BIGINT_MAX, 1, false, "customer.counter", null),
                new Sequence("invoice_number", "bigint", 1000, 5, 1, BIGINT_MAX, 10, true, null, "invoice numbers"),
                new Sequence("small_seq", "smallint", 1, 1, 1, Short.MAX_VALUE, 1, false, null, null));
    }

    private static Table customer() {
        return table("customer", List.of(
                        new Column("id", "bigint", false, null, Identity.ALWAYS, null, null, null, null),
                        Column.of("email", "citext", false).withComment("where we'write"),
                        new Column("name", "text", true, null, null, null, "C", null, null),
                        Column.of("created_at", "timestamp with time zone", false).withDefault("now()"),
                        Column.of("code", "character varying(20)", true).withDefault("'x'::character varying"),
                        Column.of("counter", "integer", true)),
                new PrimaryKey("customer_pkey", List.of("id")),
                List.of(new UniqueConstraint("customer_code_key", List.of("code"), false,
                                Deferral.DEFERRABLE_INITIALLY_IMMEDIATE),
                        UniqueConstraint.of("customer_email_key", List.of("email"))),
                List.of(), List.of(),
                List.of(index("customer_lower_name", "btree",
                                new IndexKey("lower(name)", false, "POSIX", null, true, true)),
                        index("customer_name_posix", "btree",
                                new IndexKey("name", true, "POSIX", null, false, false))),
                "people who order");
    }

    private static Table order() {
        return table("order", List.of(
                        Column.of("id", "serial", false),
                        Column.of("customer_id", "bigint", false),
                        Column.of("status", "app.status", false).withDefault("'new'::app.status"),
                        Column.of("price", "numeric(12,2)", false).withDefault("0"),
                        new Column("qty", "integer", false, null, Identity.BY_DEFAULT, null, null, null, null),
                        new Column("total", "numeric", true, null, null, "(price * (2)::numeric)", null, null, null),
                        Column.of("note", "text", true)),
                new PrimaryKey("order_pkey", List.of("id")), List.of(),
                List.of(new CheckConstraint("order_note_len", "(length(note) < 100)"),
                        new CheckConstraint("order_price_check", "(price > (0)::numeric)")),
                List.of(new ForeignKey("order_customer_id_fkey", List.of("customer_id"), "app", "customer",
                        List.of("id"), FkAction.CASCADE, FkAction.RESTRICT, false, Deferral.NOT_DEFERRABLE)),
                List.of(new Index("order_customer_incl", true, "btree", List.of(IndexKey.column("customer_id")),
                                List.of("note", "price"), null, false, null),
                        index("order_desc", "btree", new IndexKey("customer_id", true, null, null, true, false),
                                IndexKey.column("id"), new IndexKey("price", true, null, null, false, true)),
                        index("order_lower_note", "btree", new IndexKey("lower(note)", false, null, null, false, false)),
                        index("order_note_pattern", "btree",
                                new IndexKey("note", true, null, "text_pattern_ops", false, false))
                                .withComment("for LIKE"),
                        new Index("order_open_idx", false, "btree", List.of(IndexKey.column("status")), List.of(),
                                "(status <> 'shipped'::app.status)", false, null)),
                null);
    }

    private static Table weird(boolean nnd) {
        return table("Weird \"Name", List.of(
                        Column.of("Id", "integer", false),
                        Column.of("order", "integer", true),
                        Column.of("ref_a", "integer", true),
                        Column.of("ref_b", "integer", true),
                        Column.of("tags", "text[]", true),
                        Column.of("body", "jsonb", true),
                        Column.of("ts", "timestamp(3) without time zone", true),
                        Column.of("small", "smallserial", false),
                        Column.of("big", "bigserial", false)),
                new PrimaryKey("Weird pk", List.of("Id")),
                List.of(new UniqueConstraint("weird_unique", List.of("ref_a", "ref_b"), nnd, Deferral.NOT_DEFERRABLE)),
                List.of(),
                List.of(new ForeignKey("fk_default", List.of("ref_a"), "app", "order", List.of("id"),
                                FkAction.SET_DEFAULT, FkAction.CASCADE, false, Deferral.DEFERRABLE_INITIALLY_IMMEDIATE),
                        new ForeignKey("fk_null", List.of("order"), "app", "order", List.of("id"),
                                FkAction.SET_NULL, FkAction.NO_ACTION, false, Deferral.DEFERRABLE_INITIALLY_DEFERRED),
                        new ForeignKey("fk_pair", List.of("ref_a", "ref_b"), "app", "pair", List.of("b", "a"),
                                FkAction.NO_ACTION, FkAction.NO_ACTION, true, Deferral.NOT_DEFERRABLE)),
                List.of(index("weird_body_path", "gin", new IndexKey("body", true, null, "jsonb_path_ops", false, false)),
                        index("weird_tags_gin", "gin", IndexKey.column("tags")),
                        index("weird_ts_brin", "brin", IndexKey.column("ts")),
                        new Index("weird_ts_unique", true, "btree", List.of(IndexKey.column("ts")), List.of(), null,
                                nnd, null)),
                null);
    }

    private static Table pair() {
        return table("pair", List.of(Column.of("a", "integer", false), Column.of("b", "integer", false)), null,
                List.of(UniqueConstraint.of("pair_b_a_key", List.of("b", "a"))), List.of(), List.of(), List.of(),
                null);
    }

    private static Table partitioned() {
        return table("measure", List.of(Column.of("id", "integer", false), Column.of("at", "date", false)),
                new PrimaryKey("measure_pkey", List.of("id", "at")), List.of(), List.of(), List.of(), List.of(),
                null).withPartitioning(new io.schemasync.model.Partitioning("RANGE (at)", null, null, List.of()));
    }

    /** One foreign key: the clones PostgreSQL adds towards each partition of the referenced table are not listed. */
    private static Table reading() {
        return table("reading", List.of(Column.of("measure_id", "integer", true), Column.of("at", "date", true)),
                null, List.of(), List.of(),
                List.of(new ForeignKey("reading_measure_fk", List.of("measure_id", "at"), "app", "measure",
                        List.of("id", "at"), FkAction.NO_ACTION, FkAction.NO_ACTION, false, Deferral.NOT_DEFERRABLE)),
                List.of(), null);
    }

    private static io.schemasync.kinds.Routine routine(boolean procedure, String name, String routine,
                                                       List<io.schemasync.kinds.Routine.Argument> arguments,
                                                       String returns, String language, String body) {
        return new io.schemasync.kinds.Routine(procedure, name, routine, arguments, returns, false, language, body,
                "volatile", false, false, "unsafe", false, "100", "0", java.util.Map.of(), null, null, List.of());
    }

    /** Everything of pgcrypto (in app) and citext (in public) belongs to its extension and is not listed. */
    private static List<ObjectRef> expectedUnmanaged() {
        return List.of(
                ObjectRef.of(Kind.FUNCTION, "app", "total(integer)"),
                ObjectRef.schema("other"));
    }

    private static Table table(String name, List<Column> columns, PrimaryKey pk, List<UniqueConstraint> uniques,
                               List<CheckConstraint> checks, List<ForeignKey> fks, List<Index> indexes,
                               String comment) {
        return new Table(name, columns, pk, uniques, checks, fks, indexes, comment, null);
    }

    private static Index index(String name, String method, IndexKey... keys) {
        return new Index(name, false, method, List.of(keys), List.of(), null, false, null);
    }

    /**
     * Every feature the reader maps, with reserved, mixed-case and quote-bearing names; plus objects of kinds it
     * does not manage.
     */
    static String ddl(int major) {
        String nnd = major >= 15 ? " nulls not distinct" : "";
        return """
                create extension citext;
                create schema app;
                comment on schema app is 'the application';
                create schema other;
                create table other.ignored (id int);
                create extension pgcrypto schema app;

                create type app.status as enum ('new', 'paid', 'shipped', 'it''s {odd}, "quoted"');
                comment on type app.status is 'order status';
                create sequence app.invoice_number start 1000 increment 5 cache 10 cycle;
                comment on sequence app.invoice_number is 'invoice numbers';
                create sequence app.small_seq as smallint;

                create table app.customer (
                    id bigint generated always as identity primary key,
                    email citext not null,
                    name text collate "C",
                    created_at timestamptz not null default now(),
                    code varchar(20) default 'x',
                    counter integer,
                    constraint customer_email_key unique (email),
                    constraint customer_code_key unique (code) deferrable initially immediate
                );
                comment on table app.customer is 'people who order';
                comment on column app.customer.email is 'where we''write';
                create sequence app.counter_seq owned by app.customer.counter;
                create index customer_name_posix on app.customer (name collate "POSIX");
                create index customer_lower_name on app.customer ((lower(name)) collate "POSIX" desc);

                create table app.pair (a integer not null, b integer not null, constraint pair_b_a_key unique (b, a));

                create table app."order" (
                    id serial primary key,
                    customer_id bigint not null references app.customer (id) on delete cascade on update restrict,
                    status app.status not null default 'new',
                    price numeric(12,2) not null default 0 check (price > 0),
                    qty integer generated by default as identity,
                    total numeric generated always as (price * 2) stored,
                    note text,
                    constraint order_note_len check (length(note) < 100)
                );
                create index order_open_idx on app."order" (status) where status <> 'shipped';
                create index order_lower_note on app."order" (lower(note));
                create unique index order_customer_incl on app."order" (customer_id) include (note, price);
                create index order_desc on app."order" (customer_id desc nulls last, id, price nulls first);
                create index order_note_pattern on app."order" (note text_pattern_ops);
                comment on index app.order_note_pattern is 'for LIKE';

                create table app."Weird ""Name" (
                    "Id" integer not null,
                    "order" integer,
                    ref_a integer,
                    ref_b integer,
                    tags text[],
                    body jsonb,
                    ts timestamp(3),
                    small smallserial,
                    big bigserial,
                    constraint "Weird pk" primary key ("Id"),
                    constraint fk_null foreign key ("order") references app."order" (id)
                        on delete set null deferrable initially deferred,
                    constraint fk_default foreign key (ref_a) references app."order" (id)
                        on delete set default on update cascade deferrable,
                    constraint fk_pair foreign key (ref_a, ref_b) references app.pair (b, a) match full,
                    constraint weird_unique unique%s (ref_a, ref_b)
                );
                create index weird_tags_gin on app."Weird ""Name" using gin (tags);
                create index weird_body_path on app."Weird ""Name" using gin (body jsonb_path_ops);
                create index weird_ts_brin on app."Weird ""Name" using brin (ts);
                create unique index weird_ts_unique on app."Weird ""Name" (ts)%s;

                create table app.booking (during tsrange, exclude using gist (during with &&));
                create table app.measure (id int, at date, primary key (id, at)) partition by range (at);
                create table app.measure_2024 partition of app.measure
                    for values from ('2024-01-01') to ('2025-01-01');
                create table app.reading (measure_id int, at date,
                    constraint reading_measure_fk foreign key (measure_id, at) references app.measure (id, at));

                create view app.v_orders as select id from app."order";
                create materialized view app.mv as select 1 as one;
                create function app.f(a integer, b text) returns int language sql as 'select 1';
                create procedure app.p() language sql as 'select 1';
                create aggregate app.total(integer) (sfunc = int4pl, stype = integer);
                create function app.trg() returns trigger language plpgsql as 'begin return new; end';
                create trigger order_touch before update on app."order" for each row execute function app.trg();
                create domain app.positive as integer check (value > 0);
                create type app.pair_t as (x integer, y integer);
                """.formatted(nnd, nnd);
    }
}
