package io.schemasync.apply;

import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the read-only checks of each step against the live rows. A step whose check finds offending rows would
 * fail under apply, so it is refused up front: nothing is half-applied.
 */
final class Preflights {
    private Preflights() {}

    static Plan run(Connection c, Plan plan) throws SQLException {
        List<Step> steps = new ArrayList<>();
        for (Step step : plan.steps()) steps.add(step.preflights().isEmpty() ? step : checked(c, step));
        return new Plan(steps, plan.inSync(), plan.unmanaged());
    }

    private static Step checked(Connection c, Step step) throws SQLException {
        List<Preflight> done = new ArrayList<>();
        for (Preflight p : step.preflights()) done.add(run(c, p));
        Step s = step.withPreflights(done);
        boolean failed = done.stream().anyMatch(Preflight::failed);
        return failed ? new Step(s.change(), s.action(), s.summary(), s.statements(), s.script(), s.phase(),
                s.hazards(), s.preflights(), true) : s;
    }

    /**
     * A check that raises an error is unchecked (it may name a table that an earlier step of the same plan creates
     * or renames), except a cast check, whose error is exactly what the step would hit.
     */
    private static Preflight run(Connection c, Preflight p) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try (Statement st = c.createStatement(); var rs = st.executeQuery(p.countSql())) {
            rs.next();
            return p.withCount(rs.getLong(1));
        } catch (SQLException e) {
            c.rollback(sp);
            return p.withError(SyncException.serverMessage(e));
        } finally {
            c.releaseSavepoint(sp);
        }
    }
}
