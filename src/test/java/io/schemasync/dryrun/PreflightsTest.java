package io.schemasync.dryrun;

import io.schemasync.diff.Change;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Preflight checks run read-only, never evaluate a volatile function, and leave the surrounding transaction (which
 * in apply goes on with DDL) read-write, on a real server.
 */
@PostgresTest
class PreflightsTest {
    private static final String ROWS = "CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 1), (2, 2), (3, 3);"
            + " CREATE SEQUENCE canary_seq; CREATE TABLE canary (x int)";

    private static Preflight check(String countSql) {
        return Preflight.check(countSql, "{n} rows of public.t violate check c");
    }

    /** Runs the checks the way plan and apply do: in an open transaction. */
    private static Preflight run(Connection c, Preflight p) throws SQLException {
        c.setAutoCommit(false);
        Step step = new Step(new Change.CreateSchema("app", null), Step.Action.CREATE, "create", List.of(), List.of(),
                Phase.TRANSACTION, List.of(), List.of(p), false);
        return Preflights.run(c, new Plan(List.of(step), List.of(), List.of())).steps().getFirst().preflights().getFirst();
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String sequence(Connection c) throws SQLException {
        return text(c, "SELECT last_value || ' ' || is_called FROM canary_seq");
    }

    /** What the checks rely on, shown on the server itself: ROLLBACK TO SAVEPOINT ends SET LOCAL read-only mode. */
    @Test
    void rollingBackTheSavepointMakesTheTransactionReadWriteAgain(TestDatabase db) throws Exception {
        db.execute(ROWS);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            Savepoint sp = c.setSavepoint();
            st.execute("SET LOCAL transaction_read_only = on");
            assertEquals("on", text(c, "SHOW transaction_read_only"));
            SQLException refused = assertThrows(SQLException.class, () -> st.execute("SELECT nextval('canary_seq')"));
            assertTrue(refused.getMessage().contains("cannot execute nextval() in a read-only transaction"),
                    refused.getMessage());
            c.rollback(sp);
            assertEquals("off", text(c, "SHOW transaction_read_only"));
            st.execute("CREATE TABLE after_check (x int)");
            c.commit();
            assertEquals("after_check", text(c, "SELECT to_regclass('after_check')::text"));
        }
    }

    @Test
    void aCheckCountsTheRowsAndLeavesTheTransactionReadWrite(TestDatabase db) throws Exception {
        db.execute(ROWS);
        try (Connection c = db.connect()) {
            Preflight p = run(c, check("SELECT count(*) FROM public.t WHERE NOT (n > 1)"));
            assertEquals(1L, p.count());
            assertNull(p.notChecked());
            assertEquals("off", text(c, "SHOW transaction_read_only"));
            assertNull(text(c, "SELECT to_regclass('pg_temp.schemasync_preflight')::text"), "the view is gone");
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE t ADD CONSTRAINT c CHECK (n > 0)");
            }
            c.commit();
        }
    }

    /** A function that claims to be stable passes the volatility test; read-only mode still stops its nextval. */
    @Test
    void aCheckRunsReadOnly(TestDatabase db) throws Exception {
        db.execute(ROWS + "; CREATE FUNCTION sneaky(int) RETURNS boolean LANGUAGE plpgsql STABLE"
                + " AS $$ BEGIN PERFORM nextval('canary_seq'); RETURN true; END $$");
        try (Connection c = db.connect()) {
            String before = sequence(c);
            Preflight p = run(c, check("SELECT count(*) FROM public.t WHERE NOT sneaky(n)"));
            assertNull(p.count(), "an error leaves the check unchecked");
            assertEquals(before, sequence(c));
            assertEquals("off", text(c, "SHOW transaction_read_only"));
            c.rollback();
        }
        try (Connection c = db.connect()) {
            assertEquals("1 false", sequence(c));
        }
    }

    @Test
    void aVolatileFunctionIsNeverEvaluated(TestDatabase db) throws Exception {
        db.execute(ROWS);
        try (Connection c = db.connect()) {
            Preflight p = run(c, check("SELECT count(*) FROM public.t WHERE NOT (nextval('canary_seq') > 0"
                    + " AND random() >= 0)"));
            assertNull(p.count());
            assertEquals("the expression calls volatile functions nextval(regclass), random()", p.notChecked());
            c.rollback();
            assertEquals("1 false", sequence(c));
        }
    }

    /** The operator {@code ===} is a volatile SQL function that writes: found through pg_operator.oprcode. */
    @Test
    void aVolatileFunctionBehindAnOperatorIsNeverEvaluated(TestDatabase db) throws Exception {
        db.execute(ROWS + "; CREATE FUNCTION logged(int, int) RETURNS boolean LANGUAGE sql"
                + " AS $$ INSERT INTO canary VALUES ($1) RETURNING $1 = $2 $$;"
                + " CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = logged)");
        try (Connection c = db.connect()) {
            Preflight p = run(c, check("SELECT count(*) FROM public.t WHERE NOT (n === 1)"));
            assertEquals("the expression calls volatile function logged(integer,integer)", p.notChecked());
            assertEquals("0", text(c, "SELECT count(*) FROM canary"), "not even inside the transaction");
            c.rollback();
        }
    }

    /** A table an earlier step of the same plan creates does not exist yet: unchecked, silently, as before. */
    @Test
    void aCheckOnATableNotCreatedYetStaysUnchecked(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Preflight p = run(c, check("SELECT count(*) FROM public.later WHERE NOT (n > 0)"));
            assertNull(p.count());
            assertNull(p.notChecked());
            assertEquals("off", text(c, "SHOW transaction_read_only"));
            c.rollback();
        }
    }

    @Test
    void aFailingCastCheckIsStillAFinding(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (v text); INSERT INTO t VALUES ('12'), ('sk_live_4eC39HqLyjWDarjtT1zdp7dc')");
        try (Connection c = db.connect()) {
            Preflight p = run(c, Preflight.cast("SELECT count(*) FROM public.t WHERE v IS NOT NULL AND (v::integer) IS NULL",
                    "values of v cannot all be converted to integer: {error}"));
            assertTrue(p.failed());
            // What the error means, never the stored value it quotes: the plan is posted on pull requests.
            assertEquals("values of v cannot all be converted to integer: invalid input syntax for type integer"
                    + " (SQLSTATE 22P02)", p.message());
            c.rollback();
        }
    }

    /** Without TEMPORARY on the database the query cannot be inspected, so it is not run at all. */
    @Test
    void withoutTheTempPrivilegeTheCheckIsNotRun(TestDatabase db) throws Exception {
        String role = "no_temp_" + db.name();
        db.execute(ROWS + "; REVOKE TEMPORARY ON DATABASE " + db.name() + " FROM PUBLIC; CREATE ROLE " + role
                + "; GRANT SELECT ON t TO " + role + "; GRANT USAGE ON SEQUENCE canary_seq TO " + role);
        try (Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute("SET ROLE " + role);
            }
            Preflight p = run(c, check("SELECT count(*) FROM public.t WHERE NOT (n > 1)"));
            assertNull(p.count());
            assertEquals(Preflights.NO_TEMP, p.notChecked());
            c.rollback();
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    @Test
    void volatileFunctionsAreNamedInOrder() {
        assertEquals("the expression calls volatile function nextval(regclass)",
                Preflights.volatileReason(List.of("nextval(regclass)")));
        assertFalse(Preflights.volatileReason(List.of("a()", "b()")).contains("function "));
    }
}
