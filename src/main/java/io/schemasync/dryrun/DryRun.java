package io.schemasync.dryrun;

import io.schemasync.canonical.Extensions;
import io.schemasync.canonical.KnownForms;
import io.schemasync.canonical.Learned;
import io.schemasync.catalog.CatalogReader;
import io.schemasync.catalog.LiveCatalog;
import io.schemasync.catalog.Session;
import io.schemasync.diff.AccessDiffer;
import io.schemasync.diff.AsWritten;
import io.schemasync.diff.Change;
import io.schemasync.diff.Differ;
import io.schemasync.model.Database;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.plan.Plan;
import io.schemasync.plan.PlanOptions;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Planner;
import io.schemasync.plan.Target;
import io.schemasync.server.Sender;
import io.schemasync.server.ServerSupport;
import io.schemasync.server.SyncException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dry run, which is what the {@code plan} command is: read the live catalog, canonicalize the desired schema
 * on the server, diff, plan and run the read-only preflight checks — in a transaction that is always rolled back,
 * so that it never changes the database. Apply computes its plan here too, under its lock.
 */
public final class DryRun {
    private DryRun() {}

    /**
     * How to plan.
     *
     * @param dropUnmanaged {@code unmanaged: drop}: objects in managed schemas that the YAML does not mention are
     *                      planned as drops (refused without allowDestructive, as every drop)
     */
    /**
     * @param learned canonical forms materialized earlier in this run, reused where nothing they depend on changed
     *                (one per database: see {@link Learned})
     */
    public record Settings(boolean allowDestructive, boolean dropUnmanaged, Learned learned) {
        public Settings {
            java.util.Objects.requireNonNull(learned);
        }

        public Settings(boolean allowDestructive, boolean dropUnmanaged) {
            this(allowDestructive, dropUnmanaged, new Learned());
        }

        /** These settings, materializing on a second connection too when the YAML is large (see {@link Learned}). */
        public Settings withHelper(java.util.concurrent.Callable<Connection> another) {
            return new Settings(allowDestructive, dropUnmanaged, new Learned(another));
        }
    }

    /**
     * A plan and the fingerprint of the live catalog it was computed against (the model as read, and what the
     * reader found but does not model), so that a saved plan can tell later whether the database moved.
     */
    public record Planned(Plan plan, Fingerprint catalog, KnownForms.Observation observation) {}

    public static Plan plan(Connection connection, Database desired, boolean allowDestructive) throws SyncException {
        return planned(connection, desired, new Settings(allowDestructive, false)).plan();
    }

    public static Plan plan(Connection connection, Database desired, Settings settings) throws SyncException {
        return planned(connection, desired, settings).plan();
    }

    public static Planned planned(Connection connection, Database desired, Settings settings) throws SyncException {
        try {
            sessionSettings(connection);
            connection.setAutoCommit(false);
            try {
                return compute(connection, desired, settings);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw SyncException.failure("cannot read the database", null, e);
        }
    }

    /**
     * The YAML's SQL text was checked to be one expression under standard string rules; the server must read it
     * the same way, whatever the database's default, and for the whole session: the after-commit phase runs
     * outside the transaction. A session-level SET is undone by a rollback, so it is made outside a transaction.
     */
    public static void sessionSettings(Connection c) throws SQLException {
        if (!c.getAutoCommit()) c.rollback();
        c.setAutoCommit(true);
        try (Sender st = new Sender(c)) {
            st.execute("SET standard_conforming_strings = on");
        }
    }

    /** The plan, computed in the caller's open transaction (autocommit off); the caller ends the transaction. */
    public static Plan compute(Connection c, Database desired, boolean allowDestructive) throws SQLException,
            SyncException {
        return compute(c, desired, new Settings(allowDestructive, false)).plan();
    }

    /** The plan, computed in the caller's open transaction (autocommit off); the caller ends the transaction. */
    public static Planned compute(Connection c, Database desired, Settings settings) throws SQLException,
            SyncException {
        Set<String> managed = desired.schemas().stream().map(Schema::name).collect(Collectors.toSet());
        long t0 = System.nanoTime();
        LiveCatalog live = CatalogReader.read(c, managed::contains);
        ServerSupport.check(desired, live.server());
        ServerSupport.checkRoles(desired, CatalogReader.roles(c));
        desired = AccessDiffer.expandAll(desired, live.server()::privileges);
        Session session = CatalogReader.session(c);
        desired = Extensions.withoutInstalledElsewhere(session, desired);
        long t1 = System.nanoTime();
        KnownForms.Result known = KnownForms.canonicalize(c, desired, live.database(), session,
                settings.learned());
        Database canonical = known.canonical().withAccess(desired.access()).withDefaults(desired.defaults());
        long t2 = System.nanoTime();
        Change.Result base = AsWritten.apply(Differ.diff(live.database(), canonical, live.unmanaged(),
                settings.dropUnmanaged()), desired);
        var viewReads = CatalogReader.viewReads(c);
        // Views the planner drops and creates around a change beneath them come back without their grants.
        Change.Result diff = AccessDiffer.diff(base, live.database(), canonical, session.user(),
                io.schemasync.plan.Dependents.recreated(base.changes(), live.database(), base.unmanaged(), viewReads,
                        live.server().major()));
        Set<String> made = io.schemasync.plan.TakenNames.madeNames(diff.changes());
        Target target = new Target(live.server().major(),
                CatalogReader.emptyTables(c, Target.tablesOf(diff.changes(), live.database())),
                CatalogReader.invalidIndexes(c, managed)).withViewReads(viewReads)
                .withIdentitySequences(CatalogReader.identitySequences(c, managed, made))
                .withPartitionIndexes(CatalogReader.partitionIndexes(c, managed, made));
        PlanOptions options = new PlanOptions(settings.allowDestructive());
        Plan plan = Planner.plan(diff, live.database(), target, options);
        long t3 = System.nanoTime();
        Map<Preflight, Preflight> counted = new HashMap<>();
        Plan checked = Preflights.run(c, plan, counted);
        Set<ObjectRef> failing = Planner.failingOnline(checked);
        if (!failing.isEmpty()) {
            // What fails on the live rows fails in the transaction, before anything commits. The counts are the same.
            plan = Planner.plan(diff, live.database(), target.withFailing(failing), options);
            checked = Preflights.run(c, plan, counted);
        }
        if (Boolean.getBoolean("schemasync.timing")) {
            System.err.printf("timing: read catalog %d ms, canonicalize %d ms (%d of %d units materialized), diff+plan"
                    + " %d ms, preflight checks %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    known.observation().materialized(), known.observation().fingerprints().size(), (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        }
        return new Planned(checked, Fingerprint.of(live.database(), live.unmanaged()), known.observation());
    }
}
