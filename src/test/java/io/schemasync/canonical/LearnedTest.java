package io.schemasync.canonical;

import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.server.SyncException;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A YAML materialized on two connections at once reads back exactly as on one, rejections included, and the second
 * connection is used only when its session prints SQL as the first's and the first has written nothing.
 */
@PostgresTest
class LearnedTest {
    /** Groups: orders with its view and the function reading it; the partitioned events; and eight plain tables. */
    private static final String SCHEMA = """
            schemas:
              public:
                enums:
                  state: [new, paid]
                sequences:
                  ticket_seq: {}
                domains:
                  money_amount:
                    type: "numeric(12,2)"
                    checks:
                      money_amount_check: VALUE >= 0
                tables:
                  orders:
                    columns:
                      id:     { type: bigint, identity: always }
                      state:  { type: state, nullable: false, default: "'new'" }
                      total:  { type: money_amount, nullable: false, default: 0 }
                      ticket: { type: bigint, default: "nextval('ticket_seq')" }
                      code:   { type: varchar(20) }
                    primary_key: [id]
                    checks:
                      orders_code_check: "code IN ('a', 'b')"
                    indexes:
                      orders_lower_code_idx: { columns: ["lower(code)"], where: "state <> 'paid'" }
                  events:
                    columns:
                      at:   { type: date, nullable: false, default: now() }
                      kind: { type: text }
                    partition_by: { range: [at] }
                    partitions:
                      events_2026: { values: "FROM ('2026-01-01') TO ('2027-01-01')" }
            %s
                views:
                  open_orders:
                    query: SELECT id, total FROM orders WHERE state = 'new'
                functions:
                  "open_total()":
                    returns: numeric
                    language: sql
                    volatility: stable
                    body: SELECT coalesce(sum(total), 0) FROM orders WHERE state = 'new'
              other:
                tables:
                  note:
                    columns:
                      body: { type: text, default: "'x' || 'y'" }
            """;

    @Test
    void twoConnectionsReadBackWhatOneDoes(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "");
        try (Connection c = open(db)) {
            Database one = Canonicalizer.canonicalize(c, desired);
            c.rollback();
            Learned learned = new Learned(db::connect, 2);
            Database two = learned.canonicalize(c, KnownForms.contextDigest(c), desired);
            assertEquals(1, learned.parallel(), "split over two connections");
            assertEquals(one, two);
            c.rollback();
        }
    }

    @Test
    void aRejectionInTheSecondHalfReadsAsOnOneConnection(TestDatabase db, @TempDir Path dir) throws Exception {
        Database desired = load(dir, "      zz_bad:\n        columns:\n          x: { type: int, default: no_such_function() }\n");
        try (Connection c = open(db)) {
            SyncException one = assertThrows(SyncException.class, () -> Canonicalizer.canonicalize(c, desired));
            c.rollback();
            Learned learned = new Learned(db::connect, 2);
            SyncException two = assertThrows(SyncException.class,
                    () -> learned.canonicalize(c, KnownForms.contextDigest(c), desired));
            assertEquals(1, learned.parallel(), "the second connection's rejection");
            assertEquals(one.getMessage(), two.getMessage());
            assertEquals(one.getClass(), two.getClass());
            c.rollback();
        }
    }

    @Test
    void aSecondSessionThatPrintsOtherwiseOrAWrittenTransactionKeepsItToOne(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Database desired = load(dir, "");
        Callable<Connection> otherPath = () -> {
            Connection h = db.connect();
            try (Statement st = h.createStatement()) {
                st.execute("SET search_path = information_schema, public");
            }
            return h;
        };
        try (Connection c = open(db)) {
            Database one = Canonicalizer.canonicalize(c, desired);
            c.rollback();
            Learned learned = new Learned(otherPath, 2);
            assertEquals(one, learned.canonicalize(c, KnownForms.contextDigest(c), desired));
            assertEquals(0, learned.parallel());
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE written_here (x int)");
            }
            Learned afterWrite = new Learned(db::connect, 2);
            assertEquals(one, afterWrite.canonicalize(c, KnownForms.contextDigest(c), desired));
            assertEquals(0, afterWrite.parallel());
            c.rollback();
        }
    }

    @Test
    void aLockTheSecondWaitsForTimesOutAsTheFirstsWould(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE SCHEMA ext; CREATE TABLE ext.data (x int)");
        Database desired = load(dir, "", "      \"ext_total()\":\n        returns: bigint\n        language: sql\n"
                + "        volatility: stable\n        body: SELECT count(*) FROM ext.data\n");
        try (Connection holder = db.connect(); Connection c = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("LOCK ext.data IN ACCESS EXCLUSIVE MODE");
            }
            try (Statement st = c.createStatement()) {
                st.execute("SET lock_timeout = '300ms'");
            }
            c.setAutoCommit(false);
            Learned learned = new Learned(db::connect, 2);
            String context = KnownForms.contextDigest(c);
            // Both connections wait for the lock; without the first's lock_timeout the second would wait for ever.
            SyncException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> assertThrows(SyncException.class, () -> learned.canonicalize(c, context, desired)));
            assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
            holder.rollback();
            c.rollback();
        }
    }

    private static Connection open(TestDatabase db) throws Exception {
        Connection c = db.connect();
        c.setAutoCommit(false);
        return c;
    }

    private static Database load(Path dir, String extraTables) throws Exception {
        return load(dir, extraTables, "");
    }

    private static Database load(Path dir, String extraTables, String extraFunctions) throws Exception {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            plain.append("      plain_").append(i).append(":\n        columns:\n")
                    .append("          id: { type: bigint, identity: by_default }\n")
                    .append("          label: { type: text, nullable: false, default: \"'t").append(i).append("'\" }\n")
                    .append("        primary_key: [id]\n");
        }
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, SCHEMA.formatted(plain + extraTables).replace("    functions:\n",
                "    functions:\n" + extraFunctions));
        return SchemaLoader.load(List.of(file));
    }
}
