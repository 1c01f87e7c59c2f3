package io.schemasync.dryrun;

import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the read-only checks of each step against the live rows. A step whose check finds offending rows would
 * fail under apply, so it is refused up front: nothing is half-applied.
 *
 * <p>Plan runs on pull requests before anyone reviewed them, and a check's query holds SQL text from the YAML (a
 * CHECK expression, an index expression). So a check never evaluates a volatile function (nextval, dblink_exec,
 * pg_terminate_backend, a user function that writes...) and runs in read-only mode, inside a savepoint that is
 * always rolled back.
 */
final class Preflights {
    /**
     * A temporary view over the check's query: the server stores the analysed query tree in its rewrite rule, and
     * records in pg_depend what the tree uses. The name is fixed; the savepoint rollback removes the view.
     */
    private static final String VIEW = "pg_temp.schemasync_preflight";
    /**
     * The volatile functions the view calls, in one query over two sources. pg_depend holds each function and
     * operator (whose function is oprcode) the query names, but never a pinned built-in such as nextval or random,
     * so the stored query tree is read too: its FuncExpr, OpExpr, Aggref, ... nodes carry the function and operator
     * OIDs. A name in the tree that merely looks like such a field can only add a function, never hide one.
     * pg_relation_size is volatile only because a file's size changes; it reads no rows and writes nothing, and the
     * plan's own figures of a rewrite use it.
     */
    private static final String VOLATILE_CALLS = """
            WITH v AS (
                SELECT r.oid, r.ev_action::text AS tree FROM pg_catalog.pg_rewrite r
                 WHERE r.ev_class = '%s'::pg_catalog.regclass),
            dep AS (
                SELECT d.refclassid, d.refobjid FROM v JOIN pg_catalog.pg_depend d
                    ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = v.oid),
            ops AS (
                SELECT refobjid AS op FROM dep WHERE refclassid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                UNION SELECT m[1]::pg_catalog.oid FROM v,
                    pg_catalog.regexp_matches(v.tree, ':(?:opno|eqop|sortop) ([0-9]+)', 'g') AS m
                UNION SELECT x::pg_catalog.oid FROM v,
                    pg_catalog.regexp_matches(v.tree, ':opnos [(]o ([0-9 ]+)[)]', 'g') AS m,
                    pg_catalog.unnest(pg_catalog.string_to_array(m[1], ' ')) AS x),
            calls AS (
                SELECT refobjid AS fn FROM dep WHERE refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                UNION SELECT o.oprcode::pg_catalog.oid FROM ops JOIN pg_catalog.pg_operator o ON o.oid = ops.op
                UNION SELECT m[1]::pg_catalog.oid FROM v, pg_catalog.regexp_matches(v.tree,
                    ':(?:funcid|opfuncid|hashfuncid|negfuncid|aggfnoid|winfnoid) ([0-9]+)', 'g') AS m)
            SELECT DISTINCT p.oid::pg_catalog.regprocedure::text
              FROM calls JOIN pg_catalog.pg_proc p ON p.oid = calls.fn
             WHERE p.provolatile = 'v'
               AND p.oid <> 'pg_catalog.pg_relation_size(pg_catalog.regclass)'::pg_catalog.regprocedure
            """.formatted(VIEW);
    static final String NO_TEMP = "the role cannot create a temporary view to inspect the query"
            + " (grant it TEMPORARY on the database)";

    private Preflights() {}

    static Plan run(Connection c, Plan plan) throws SQLException {
        return run(c, plan, new HashMap<>());
    }

    /**
     * @param counted the checks already run against this transaction's view of the rows, by the check as planned:
     *                a plan made again runs only its new ones
     */
    static Plan run(Connection c, Plan plan, Map<Preflight, Preflight> counted) throws SQLException {
        if (plan.steps().stream().allMatch(s -> s.preflights().isEmpty())) return plan;
        boolean temp = canCreateTemp(c);
        List<Step> steps = new ArrayList<>();
        for (Step step : plan.steps()) steps.add(step.preflights().isEmpty() ? step : checked(c, step, temp, counted));
        return new Plan(steps, plan.inSync(), plan.unmanaged());
    }

    private static boolean canCreateTemp(Connection c) throws SQLException {
        try (Sender st = new Sender(c); ResultSet rs = st.query(
                "SELECT pg_catalog.has_database_privilege(pg_catalog.current_database(), 'TEMPORARY')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Step checked(Connection c, Step step, boolean temp, Map<Preflight, Preflight> counted)
            throws SQLException {
        List<Preflight> done = new ArrayList<>();
        for (Preflight p : step.preflights()) {
            Preflight result = counted.get(p);
            if (result == null) {
                result = temp ? run(c, p) : p.skipped(NO_TEMP);
                counted.put(p, result);
            }
            done.add(result);
        }
        Step s = step.withPreflights(done);
        boolean failed = done.stream().anyMatch(Preflight::failed);
        return failed ? new Step(s.change(), s.action(), s.summary(), s.statements(), s.script(), s.phase(),
                s.hazards(), s.preflights(), true, s.recreates()) : s;
    }

    /**
     * A check that raises an error is unchecked (it may name a table that an earlier step of the same plan creates
     * or renames), except a cast check, whose error is exactly what the step would hit. The savepoint is rolled
     * back in every case: that drops the view and ends read-only mode, so apply's transaction can go on with DDL.
     */
    private static Preflight run(Connection c, Preflight p) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try (Sender st = new Sender(c)) {
            return p.volatileIf() != null ? ifVolatile(st, p) : inspectThenCount(st, p);
        } catch (SQLException e) {
            return p.withError(e.getSQLState(), SyncException.serverMessage(e));
        } finally {
            c.rollback(sp);
            c.releaseSavepoint(sp);
        }
    }

    /**
     * The view is created before read-only mode, which refuses CREATE VIEW even for a temporary one. The count
     * then reads the view, so what runs is exactly what was inspected.
     */
    private static Preflight inspectThenCount(Sender st, Preflight p) throws SQLException {
        st.execute("CREATE TEMPORARY VIEW " + VIEW + " AS " + p.countSql());
        List<String> calls = volatileCalls(st);
        if (!calls.isEmpty()) return p.skipped(volatileReason(calls));
        // Rolled back with the savepoint: SET LOCAL inside a subtransaction lasts until it ends.
        st.execute("SET LOCAL transaction_read_only = on");
        try (ResultSet rs = st.query("SELECT * FROM " + VIEW)) {
            rs.next();
            return p.withCount(rs.getLong(1));
        }
    }

    /**
     * The expression goes into a temporary view, which is never read: the server resolves its functions and
     * operators, and {@link #VOLATILE_CALLS} says which are volatile. Only then does the count (which does not
     * hold the expression) run, read-only.
     */
    private static Preflight ifVolatile(Sender st, Preflight p) throws SQLException {
        st.execute("CREATE TEMPORARY VIEW " + VIEW + " AS SELECT " + p.volatileIf());
        List<String> calls = volatileCalls(st);
        if (calls.isEmpty()) return p.withCount(0);
        st.execute("SET LOCAL transaction_read_only = on");
        try (ResultSet rs = st.query(p.countSql())) {
            rs.next();
            return p.withCount(rs.getLong(1)).withFunctions(calls.stream().map(f -> "function " + f).toList());
        }
    }

    /** Sorted here, not by the server's collation, so the plan reads the same everywhere. */
    private static List<String> volatileCalls(Sender st) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = st.query(VOLATILE_CALLS)) {
            while (rs.next()) names.add(rs.getString(1));
        }
        names.sort(null);
        return names;
    }

    static String volatileReason(List<String> functions) {
        return "the expression calls volatile function" + (functions.size() == 1 ? " " : "s ")
                + String.join(", ", functions);
    }
}
