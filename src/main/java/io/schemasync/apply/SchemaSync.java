package io.schemasync.apply;

import io.schemasync.canonical.KnownForms;
import io.schemasync.canonical.Learned;
import io.schemasync.dryrun.InSync;
import io.schemasync.catalog.CatalogReader;
import io.schemasync.catalog.LockHolder;
import io.schemasync.dryrun.DryRun;
import io.schemasync.server.Committed;
import io.schemasync.server.SecondSession;
import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;
import io.schemasync.server.Timing;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.SavedPlan;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.sql.Sql;
import io.schemasync.plan.Step;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the apply command runs: the plan, computed under a lock, applied in one transaction and verified. */
public final class SchemaSync {
    private static final String LOCK_TIMEOUT = "55P03";
    private static final int ATTEMPTS = 5;
    private static final String IN_TRANSACTION = "statement failed";
    private static final String AFTER_COMMIT = "statement failed after the commit";

    private SchemaSync() {}

    /**
     * Options of apply.
     *
     * @param lockTimeout   how long one statement may wait for a lock on a table (lock_timeout)
     * @param waitForOthers how long to wait for another apply on the same database to finish
     * @param dropUnmanaged {@code unmanaged: drop}: objects in managed schemas the YAML does not mention are drops
     * @param expected      {@code apply --plan}: the saved plan, which must be exactly the plan computed under the
     *                      lock, against the catalog it was made from; null to apply whatever the plan is now
     * @param history       who runs the apply, for its row in schemasync.history; null records nothing
     * @param knownForms    record the canonical forms found in sync in schemasync.known_forms (see
     *                      {@link KnownForms}); {@code --no-history} turns it off with the history: nothing then
     *                      writes to the database but the schema itself
     * @param batchSize     tables per transaction ({@code --batch-size}); 0: one transaction, except a plan that
     *                      only creates objects and is larger than one transaction's lock budget, which is
     *                      committed in batches of half the server's lock table
     * @param learned       canonical forms this run has materialized, which its later plans of the same database
     *                      reuse (the verification, the record of the schema files as in sync)
     * @param recording     the record of the schema files in sync that the verification after the commit may
     *                      write (see {@link InSync#verify}); null: the caller records after the apply, if at all
     */
    public record Options(boolean allowDestructive, Duration lockTimeout, boolean verify, Duration waitForOthers,
                          boolean dropUnmanaged, SavedPlan expected, HistoryInfo history, boolean knownForms,
                          int batchSize, Learned learned, InSync.Recording recording) {
        public Options(boolean allowDestructive, Duration lockTimeout, boolean verify, Duration waitForOthers,
                       boolean dropUnmanaged, SavedPlan expected, HistoryInfo history, boolean knownForms) {
            this(allowDestructive, lockTimeout, verify, waitForOthers, dropUnmanaged, expected, history, knownForms, 0,
                    new Learned(), null);
        }

        public Options withBatchSize(int tables) {
            return new Options(allowDestructive, lockTimeout, verify, waitForOthers, dropUnmanaged, expected, history,
                    knownForms, tables, learned, recording);
        }

        /** These options, materializing on a second connection too when the YAML is large (see {@link Learned}). */
        public Options withHelper(java.util.concurrent.Callable<Connection> another) {
            return new Options(allowDestructive, lockTimeout, verify, waitForOthers, dropUnmanaged, expected, history,
                    knownForms, batchSize, new Learned(another), recording);
        }

        /**
         * These options, with the verification after the commit folded with the record of the schema files in sync
         * (see {@link InSync#verify}): {@link ApplyResult#recorded} then says whether the record was written.
         */
        public Options withRecording(InSync.Recording recording) {
            return new Options(allowDestructive, lockTimeout, verify, waitForOthers, dropUnmanaged, expected, history,
                    knownForms, batchSize, learned, recording);
        }

        public static final Duration WAIT_FOR_OTHERS = Duration.ofMinutes(15);

        public Options(boolean allowDestructive, Duration lockTimeout, boolean verify) {
            this(allowDestructive, lockTimeout, verify, WAIT_FOR_OTHERS);
        }

        public Options(boolean allowDestructive, Duration lockTimeout, boolean verify, Duration waitForOthers) {
            this(allowDestructive, lockTimeout, verify, waitForOthers, false, null, null, true);
        }

        public DryRun.Settings settings() {
            return new DryRun.Settings(allowDestructive, dropUnmanaged, learned);
        }
    }

    /**
     * Plans and applies in one transaction under an advisory lock, then verifies that a new plan is empty.
     * The listener sees the plan that is about to run (recomputed under the lock) and every statement.
     */
    public static ApplyResult apply(Connection connection, Database desired, Options options, ApplyListener listener)
            throws SyncException {
        try (ApplyLock lock = locked(connection, options, listener)) {
            History history = options.history() == null ? null
                    : History.start(connection, options.history(), options.expected() != null);
            Recorder recorder = new Recorder(listener);
            Timing.mark("locked");
            try {
                ApplyResult result = attempts(connection, desired, options, recorder);
                Timing.mark("applied");
                record(history, outcome(result), recorder, desired, null, listener);
                Timing.mark("history written");
                return result;
            } catch (SyncException e) {
                History.Outcome outcome = e instanceof PlanChangedException ? History.Outcome.REFUSED
                        : History.Outcome.FAILED;
                record(history, outcome, recorder, desired, e.getMessage(), listener);
                throw e;
            }
        }
    }

    /**
     * A no-op apply answered by the record of an earlier apply (see {@link InSync}): under the lock, as every apply,
     * with its history row ("nothing to do"); empty when the record does not answer, and then nothing was written
     * and the lock is released for the full apply.
     */
    public static java.util.Optional<ApplyResult> inSync(Connection connection, InSync.Written key, Options options,
                                                         ApplyListener listener,
                                                         java.util.concurrent.Callable<Connection> another)
            throws SyncException {
        try (ApplyLock lock = locked(connection, options, listener)) {
            java.util.Optional<InSync.Answer> answer;
            try {
                answer = InSync.answer(connection, key, another);
            } catch (SQLException e) {
                return java.util.Optional.empty();
            }
            if (answer.isEmpty()) return java.util.Optional.empty();
            Plan plan = answer.get().plan();
            if (options.history() != null) {
                String problem = History.start(connection, options.history(), false).finish(History.Outcome.NOTHING_TO_DO,
                        new History.Fingerprints(plan.fingerprint(), answer.get().catalogFingerprint(),
                                answer.get().desiredFingerprint()), List.of(), null);
                if (problem != null) listener.warning(problem);
            }
            return java.util.Optional.of(new ApplyResult(plan, false, 0));
        }
    }

    /** The session as apply needs it, under the lock that lets one apply at a time run on the database. */
    private static ApplyLock locked(Connection connection, Options options, ApplyListener listener)
            throws SyncException {
        try {
            DryRun.sessionSettings(connection);
        } catch (SQLException e) {
            throw failure("cannot prepare the session", null, e);
        }
        return ApplyLock.take(connection, options.waitForOthers(), listener);
    }

    /**
     * What the plan output says when apply will not run the plan in one transaction: a plan that only creates
     * objects and is larger than one transaction's lock budget is committed in batches; empty otherwise.
     */
    public static java.util.Optional<String> batching(io.schemasync.catalog.Session session, Plan plan) {
        if (plan.isEmpty() || plan.hasRefusals() || LockBudget.fits(session, plan) || !LockBudget.createsOnly(plan)) {
            return java.util.Optional.empty();
        }
        int perBatch = LockBudget.automaticBatch(session);
        int batches = LockBudget.batches(steps(plan, Phase.TRANSACTION), perBatch).size();
        return java.util.Optional.of("apply will commit this plan in " + batches + " batches of at most " + perBatch
                + " tables, each its own transaction (two at a time where they only create tables or their indexes):"
                + " it locks about " + LockBudget.estimate(plan) + " relations, more"
                + " than one transaction's share of the server's lock table (" + session.lockTableSize() + " entries);"
                + " it only creates objects, so a failure leaves whole batches, and apply again resumes");
    }

    private static List<Step> steps(Plan plan, Phase phase) {
        return plan.steps().stream().filter(s -> s.phase() == phase).toList();
    }

    private static ApplyResult attempts(Connection connection, Database desired, Options options, Recorder listener)
            throws SyncException {
        for (int attempt = 1; ; attempt++) {
            try {
                return new Applier(connection, desired, options, listener).run();
            } catch (SyncException e) {
                if (!(e.getCause() instanceof SQLException sql) || !LOCK_TIMEOUT.equals(sql.getSQLState())
                        || attempt == ATTEMPTS) {
                    throw e;
                }
                listener.retrying(attempt, e.getMessage() + blockers(connection, desired));
                sleep(Duration.ofMillis(500L << attempt));
            }
        }
    }

    /** Who holds locks on the managed tables now, for the retry message (see {@link LockHolder}); empty when unknown. */
    static String blockers(Connection c, Database desired) {
        try {
            if (!c.getAutoCommit()) c.rollback();
            List<LockHolder> holders = LockHolder.read(c, desired.schemas().stream().map(s -> s.name()).toList(), 3);
            if (!c.getAutoCommit()) c.rollback();
            return holders.isEmpty() ? "" : "; held by " + String.join("; ", holders.stream().map(LockHolder::toString)
                    .toList());
        } catch (SQLException e) {
            return "";
        }
    }

    private static History.Outcome outcome(ApplyResult result) {
        if (result.applied()) return History.Outcome.APPLIED;
        return result.plan().hasRefusals() ? History.Outcome.REFUSED : History.Outcome.NOTHING_TO_DO;
    }

    private static void record(History history, History.Outcome outcome, Recorder recorder, Database desired,
                               String error, ApplyListener listener) {
        if (history == null) return;
        Plan plan = recorder.plan;
        History.Fingerprints fingerprints = new History.Fingerprints(plan == null ? null : plan.fingerprint(),
                recorder.catalog == null ? null : recorder.catalog.sha256(),
                Fingerprint.of(desired, List.of()).sha256());
        String problem = history.finish(outcome, fingerprints, recorder.statements, error);
        if (problem != null) listener.warning(problem);
    }

    /**
     * Passes everything on to the caller's listener, and keeps what the history row records: the statements that
     * were sent (the failing one last), and the plan computed under the lock with its catalog.
     */
    private static final class Recorder implements ApplyListener {
        private final ApplyListener listener;
        private final List<String> statements = new ArrayList<>();
        private Plan plan;
        private Fingerprint catalog;

        Recorder(ApplyListener listener) {
            this.listener = listener;
        }

        /** The plan of the latest attempt (a retry after a busy lock plans again). */
        void computed(DryRun.Planned planned) {
            plan = planned.plan();
            catalog = planned.catalog();
        }

        @Override
        public void planned(Plan p) {
            listener.planned(p);
        }

        @Override
        public void executing(String sql) {
            statements.add(sql);
            listener.executing(sql);
        }

        @Override
        public void executing(Step step, String sql) {
            statements.add(sql);
            listener.executing(step, sql);
        }

        @Override
        public void executed(String sql, Duration elapsed, boolean succeeded) {
            listener.executed(sql, elapsed, succeeded);
        }

        @Override
        public void committing() {
            listener.committing();
        }

        @Override
        public void batchCommitted(int done, int of, int steps) {
            listener.batchCommitted(done, of, steps);
        }

        @Override
        public void lastStatementRun() {
            listener.lastStatementRun();
        }

        @Override
        public void waiting(String holder) {
            listener.waiting(holder);
        }

        @Override
        public void retrying(int attempt, String reason) {
            listener.retrying(attempt, reason);
        }

        @Override
        public void warning(String message) {
            listener.warning(message);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SyncException failure(String what, String statement, SQLException e) {
        return SyncException.failure(what, statement, e);
    }

    /** One attempt of apply. */
    private record Applier(Connection c, Database desired, Options options, Recorder listener) {
        /** The plan that ran, and what its transaction committed (enum labels committed first included). */
        /**
         * @param verified the transaction was verified before its commit
         * @param inSync   what the last plan that found the database in the schema saw (null when none did)
         */
        private record Transaction(Plan plan, boolean applied, List<Step> committed, int executed, boolean verified,
                                   KnownForms.Observation inSync) {}

        /** What {@link #verifyBeforeCommit} found: whether it could plan, and what it saw when nothing was left. */
        private record Verified(boolean verified, KnownForms.Observation inSync) {}

        ApplyResult run() throws SyncException {
            Transaction t = transaction();
            if (!t.applied()) {
                if (t.plan().isEmpty()) remember(t.inSync());
                return new ApplyResult(t.plan(), false, 0);
            }
            int executed = t.executed() + afterCommit(t);
            listener.lastStatementRun();
            // A transaction verified before its commit leaves only the after-commit phase to check.
            KnownForms.Observation inSync = t.inSync();
            boolean recorded = false;
            if (options.verify() && (!t.verified() || !steps(t.plan(), Phase.AFTER_COMMIT).isEmpty())) {
                InSync.Verified verified = verify(t);
                inSync = verified.planned().observation();
                recorded = verified.recorded();
            }
            Timing.mark("verified");
            remember(inSync);
            Timing.mark("forms recorded");
            return new ApplyResult(t.plan(), true, executed, recorded);
        }

        /**
         * Records the canonical forms of a run that found the database in the schema, so that the next plan need
         * not learn them again (see {@link KnownForms}). A failure to record costs only speed: it is a warning.
         */
        private void remember(KnownForms.Observation inSync) {
            if (inSync == null || !options.knownForms()) return;
            try {
                KnownForms.record(c, inSync);
            } catch (SQLException e) {
                listener.warning("the canonical forms were not recorded (the next plan learns them again): "
                        + SyncException.serverMessage(e).lines().findFirst().orElse(""));
            }
        }

        /**
         * Plans under the lock and runs the plan's transaction; enum labels that later steps use are committed
         * first, on their own. On failure everything not yet committed is rolled back, and the exception says
         * which labels remain.
         */
        private Transaction transaction() throws SyncException {
            List<Step> committed = new ArrayList<>();
            try {
                DryRun.Planned planned = begin();
                listener.computed(planned);
                if (options.expected() != null) SavedPlans.check(options.expected(), planned);
                Plan plan = planned.plan();
                if (plan.isEmpty() || plan.hasRefusals()) {
                    c.rollback();
                    return new Transaction(plan, false, List.of(), 0, false, plan.isEmpty() ? planned.observation() : null);
                }
                var session = CatalogReader.session(c);
                // A change of a partitioned table locks its partitions and their indexes too.
                var partitions = CatalogReader.partitionLocks(c, LockBudget.touched(plan));
                int perBatch = options.batchSize() > 0 ? options.batchSize()
                        : !LockBudget.fits(session, plan, partitions) && LockBudget.createsOnly(plan)
                        ? LockBudget.automaticBatch(session) : 0;
                if (perBatch == 0) LockBudget.check(session, plan, partitions);
                listener.planned(plan);
                int executed = 0;
                if (!steps(plan, Phase.BEFORE_TRANSACTION).isEmpty()) {
                    executed += commit(steps(plan, Phase.BEFORE_TRANSACTION), committed);
                    plan = afterLabels();
                }
                // Planned again before the commit: anything left but the after-commit steps rolls everything back,
                // so a plan that does not reach the schema never commits a database every later apply refuses.
                List<Step> steps = steps(plan, Phase.TRANSACTION);
                List<List<Step>> batches = perBatch > 0 ? LockBudget.batches(steps, perBatch) : List.of(steps);
                if (batches.size() > 1) return inBatches(plan, batches, committed, executed);
                executed += execute(steps, IN_TRANSACTION);
                Verified verified = options.verify() ? verifyBeforeCommit(plan) : new Verified(false, null);
                listener.committing();
                c.commit();
                committed.addAll(steps);
                return new Transaction(plan, true, committed, executed, verified.verified(), verified.inSync());
            } catch (SQLException e) {
                rollbackQuietly();
                throw labelsFirst(failure("cannot apply", null, e), committed);
            } catch (SyncException e) {
                rollbackQuietly();
                throw labelsFirst(e, committed);
            }
        }

        /**
         * A plan larger than one transaction's lock budget: each batch is its own transaction, with the lock
         * timeout set again. A failing batch is rolled back and the exception says which batches committed; the
         * next apply plans against what is there and runs only the rest. Verification comes after the last batch.
         * Batches that only create plain tables, or indexes on tables an earlier wave created ({@link Waves}), run
         * two at a time: one here, one on a second connection that prints SQL as this one does (none: all here).
         */
        private Transaction inBatches(Plan plan, List<List<Step>> batches, List<Step> committed, int executed)
                throws SQLException, SyncException {
            Progress progress = new Progress(batches, committed);
            Connection helper = null;
            boolean opened = false;
            try {
                for (List<Integer> wave : Waves.of(batches)) {
                    List<Integer> left = wave;
                    if (wave.size() > 1 && !opened) {
                        opened = true;
                        helper = SecondSession.open(options.learned().helper(), SecondSession.First.of(c));
                    }
                    if (wave.size() > 1 && helper != null) {
                        Together together = together(helper, wave, progress);
                        executed += together.executed();
                        left = together.left();
                    }
                    for (int i : left) executed += alone(i, progress);
                }
            } finally {
                SecondSession.close(helper);
            }
            return new Transaction(plan, true, committed, executed, false, null);
        }

        /** The batches, which of them committed, and the steps they committed, in the order they did. */
        private static final class Progress {
            final List<List<Step>> batches;
            final List<Step> committed;
            final boolean[] done;
            final Pipeline pipeline;
            int count;

            Progress(List<List<Step>> batches, List<Step> committed) {
                this.batches = batches;
                this.committed = committed;
                this.done = new boolean[batches.size()];
                this.pipeline = Pipeline.of(batches);
            }

            List<Step> notRun(int failed) {
                List<Step> out = new ArrayList<>();
                for (int i = 0; i < batches.size(); i++) if (!done[i] && i != failed) out.addAll(batches.get(i));
                return out;
            }
        }

        /** Batch {@code i} in a transaction of its own on this connection; a failure ends the apply. */
        private int alone(int i, Progress p) throws SQLException, SyncException {
            try {
                return here(i, p);
            } catch (SyncException e) {
                rollbackQuietly();
                throw e.after(Committed.batches(p.committed, p.batches.get(i), p.notRun(i)));
            }
        }

        /**
         * Runs batch {@code i} on this connection and commits it (the first batch runs in the transaction the plan
         * was computed in, whose lock_timeout is set); the caller rolls back on failure.
         */
        private int here(int i, Progress p) throws SQLException, SyncException {
            if (p.count > 0) {
                try (Sender st = new Sender(c)) {
                    st.execute(lockTimeout());
                }
            }
            int n = execute(p.batches.get(i), IN_TRANSACTION, p.pipeline);
            listener.committing();
            c.commit();
            committed(i, p);
            return n;
        }

        private void committed(int i, Progress p) {
            p.committed.addAll(p.batches.get(i));
            p.done[i] = true;
            listener.batchCommitted(++p.count, p.batches.size(), p.batches.get(i).size());
        }

        /** What a wave run on two connections did: statements run, and the batches left to run here, alone. */
        private record Together(int executed, List<Integer> left) {}

        /** A statement the second connection ran, told to the listener once its batch committed. */
        private record Ran(Step step, String sql, Duration elapsed) {}

        /** A batch the second connection committed. */
        private record Finished(int batch, List<Ran> statements) {}

        /**
         * The wave's batches taken in turn by this connection and the second, each in its own transaction. A batch
         * that fails beside another (two new tables whose implicit names PostgreSQL chose alike, a type one batch
         * needs from the other) is rolled back and left, with those not yet taken, to run here alone after it.
         */
        private Together together(Connection helper, List<Integer> wave, Progress p) {
            java.util.concurrent.ConcurrentLinkedQueue<Integer> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(wave);
            java.util.concurrent.ConcurrentLinkedQueue<Finished> finished = new java.util.concurrent.ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            var other = SecondSession.beside(() -> onHelper(helper, queue, stop, finished, p),
                    "schemasync-batches");
            List<Integer> left = new ArrayList<>();
            int executed = 0;
            try {
                Integer i;
                while (!stop.get() && (i = queue.poll()) != null) {
                    executed += told(finished, p);
                    try {
                        executed += here(i, p);
                    } catch (SQLException | SyncException e) {
                        rollbackQuietly();
                        left.add(i);
                        stop.set(true);
                    }
                }
            } finally {
                stop.set(true);
                left.addAll(other.join());
            }
            executed += told(finished, p);
            left.addAll(queue);
            left.sort(null);
            return new Together(executed, left);
        }

        /** Tells the listener what the second connection committed since the last call; the statements it ran. */
        private int told(java.util.concurrent.ConcurrentLinkedQueue<Finished> finished, Progress p) {
            int n = 0;
            Finished f;
            while ((f = finished.poll()) != null) {
                for (Ran r : f.statements()) {
                    listener.executing(r.step(), r.sql());
                    listener.executed(r.sql(), r.elapsed(), true);
                }
                committed(f.batch(), p);
                n += f.statements().size();
            }
            return n;
        }

        /** The second connection's share of a wave; the batch it could not commit, if any. */
        private List<Integer> onHelper(Connection h, java.util.concurrent.ConcurrentLinkedQueue<Integer> queue,
                                       java.util.concurrent.atomic.AtomicBoolean stop,
                                       java.util.concurrent.ConcurrentLinkedQueue<Finished> finished,
                                       Progress p) {
            Integer i;
            while (!stop.get() && (i = queue.poll()) != null) {
                List<Ran> ran = new ArrayList<>();
                try {
                    h.setAutoCommit(false);
                    try (Sender st = new Sender(h)) {
                        st.execute(lockTimeout());
                        // A failure rolls the whole batch back, to run again here alone: no savepoint needed.
                        for (List<Step> run : p.pipeline.runs(p.batches.get(i))) {
                            if (run.size() == 1) {
                                for (String sql : run.get(0).statements()) {
                                    long start = System.nanoTime();
                                    st.execute(sql);
                                    ran.add(new Ran(run.get(0), sql, Duration.ofNanos(System.nanoTime() - start)));
                                }
                                continue;
                            }
                            ran.addAll(batch(st, run));
                        }
                    }
                    h.commit();
                    finished.add(new Finished(i, ran));
                } catch (SQLException | RuntimeException e) {
                    try {
                        h.rollback();
                    } catch (SQLException ignored) {
                        // The connection is gone: the server rolled the transaction back.
                    }
                    stop.set(true);
                    return List.of(i);
                }
            }
            return List.of();
        }

        /** Runs the steps in the open transaction and commits it; only then do they count as committed. */
        private int commit(List<Step> steps, List<Step> committed) throws SQLException, SyncException {
            int n = execute(steps, IN_TRANSACTION);
            listener.committing();
            c.commit();
            committed.addAll(steps);
            return n;
        }

        /** The rest of the plan, planned again under the lock once the new enum labels are committed. */
        private Plan afterLabels() throws SQLException, SyncException {
            Plan rest = begin().plan();
            if (rest.hasRefusals()) {
                throw new SyncException("the plan changed after the new enum labels were committed and now holds"
                        + " refused steps: run plan again");
            }
            return rest;
        }

        /** Says which enum labels were committed before the transaction that failed (adding one changes no data). */
        private static SyncException labelsFirst(SyncException e, List<Step> labels) {
            return labels.isEmpty() || e.committed().isPresent() ? e : e.after(Committed.labelsFirst(labels));
        }


        /** A transaction with lock_timeout (the apply lock is held), and the plan computed in it. */
        private DryRun.Planned begin() throws SQLException, SyncException {
            c.setAutoCommit(false);
            try (Sender st = new Sender(c)) {
                st.execute(lockTimeout());
            }
            return DryRun.compute(c, desired, options.settings());
        }

        private int execute(List<Step> steps, String failed) throws SyncException {
            return execute(steps, failed, Pipeline.of(List.of(steps)));
        }

        /** Runs the steps in order; {@code pipeline} says which may go several to a round trip. */
        private int execute(List<Step> steps, String failed, Pipeline pipeline) throws SyncException {
            int n = 0;
            try (Sender st = new Sender(c)) {
                // Only for the steps: the plan computed in this transaction, and the verification after them,
                // create the functions in scratch schemas with their bodies checked (see Plan.definesRoutines).
                String bodies = !c.getAutoCommit() && Plan.definesRoutines(steps) ? bodiesUnchecked(st) : null;
                // A savepoint needs a transaction: in autocommit every step goes alone.
                List<List<Step>> runs = c.getAutoCommit() ? steps.stream().map(List::of).toList() : pipeline.runs(steps);
                for (List<Step> run : runs) {
                    if (run.size() > 1 && pipelined(st, run)) {
                        for (Step step : run) n += step.statements().size();
                        continue;
                    }
                    for (Step step : run) {
                        for (String sql : step.statements()) {
                            listener.executing(step, sql);
                            timed(st, sql, failed);
                            n++;
                        }
                    }
                }
                if (bodies != null) st.execute("SELECT pg_catalog.set_config('check_function_bodies', "
                        + Sql.literal(bodies) + ", true)");
            } catch (SQLException e) {
                throw failure("cannot apply", null, e);
            }
            return n;
        }

        /**
         * Sends the run's statements in one round trip, under a savepoint, and tells the listener once they ran
         * (each with its share of the time). False when one failed: the run is rolled back to the savepoint, and
         * the caller runs it again one statement at a time, which finds and reports the failing one as ever.
         */
        private boolean pipelined(Sender st, List<Step> run) throws SQLException {
            java.sql.Savepoint savepoint = c.setSavepoint();
            List<Ran> ran;
            try {
                ran = batch(st, run);
            } catch (SQLException e) {
                c.rollback(savepoint);
                c.releaseSavepoint(savepoint);
                return false;
            }
            c.releaseSavepoint(savepoint);
            for (Ran r : ran) {
                listener.executing(r.step(), r.sql());
                listener.executed(r.sql(), r.elapsed(), true);
            }
            return true;
        }

        /** The run's statements sent in one round trip; each with its share of the time. */
        private static List<Ran> batch(Sender st, List<Step> run) throws SQLException {
            List<String> statements = new ArrayList<>();
            for (Step step : run) statements.addAll(step.statements());
            long start = System.nanoTime();
            st.batch(statements);
            Duration each = Duration.ofNanos((System.nanoTime() - start) / Math.max(1, statements.size()));
            List<Ran> ran = new ArrayList<>();
            for (Step step : run) for (String sql : step.statements()) ran.add(new Ran(step, sql, each));
            return ran;
        }

        /** Turns check_function_bodies off for the rest of the transaction; returns the value it had. */
        private static String bodiesUnchecked(Sender st) throws SQLException {
            try (java.sql.ResultSet rs = st.query("SELECT s.was, pg_catalog.set_config('check_function_bodies', 'off',"
                    + " true) FROM (SELECT pg_catalog.current_setting('check_function_bodies') AS was OFFSET 0) s")) {
                rs.next();
                return rs.getString(1);
            }
        }

        /** Runs one statement and tells the listener how long it took, whether it succeeded or not. */
        private void timed(Sender st, String sql, String failed) throws SyncException {
            long start = System.nanoTime();
            boolean succeeded = false;
            try {
                run(st, sql, failed);
                succeeded = true;
            } finally {
                listener.executed(sql, Duration.ofNanos(System.nanoTime() - start), succeeded);
            }
        }

        private static void run(Sender st, String sql, String failed) throws SyncException {
            try {
                st.execute(sql);
            } catch (SQLException e) {
                throw failure(failed, sql, e);
            }
        }

        /**
         * Runs the steps that come after the commit: CREATE / DROP INDEX CONCURRENTLY, which PostgreSQL cannot run
         * in a transaction, on their own; every other statement of a step (VALIDATE, SET NOT NULL, ADD CONSTRAINT ...
         * USING INDEX, ALTER INDEX ... RENAME) in a short transaction with the same lock_timeout as the main one, so
         * that a lock it waits for never holds up traffic for long (a lock timeout retries the apply, which resumes
         * here). The transaction is committed by now, so a failure says what was and what was not done.
         */
        private int afterCommit(Transaction t) throws SyncException {
            List<Step> steps = steps(t.plan(), Phase.AFTER_COMMIT);
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                throw failure("cannot continue after the commit", null, e)
                        .after(Committed.beforeAfterCommit(t.committed(), steps));
            }
            int n = 0;
            for (int i = 0; i < steps.size(); i++) {
                try {
                    n += afterCommit(steps.get(i));
                } catch (SyncException e) {
                    throw e.after(Committed.afterCommit(t.committed(), steps, i));
                }
            }
            return n;
        }

        private int afterCommit(Step step) throws SyncException {
            List<String> statements = step.statements();
            int i = 0;
            while (i < statements.size()) {
                int end = i;
                while (end < statements.size() && !Step.outsideTransaction(statements.get(end))) end++;
                if (end == i) {
                    runAlone(step, statements.get(i));
                    i++;
                } else {
                    runInTransaction(step, statements.subList(i, end));
                    i = end;
                }
            }
            return statements.size();
        }

        private void runAlone(Step step, String sql) throws SyncException {
            try (Sender st = new Sender(c)) {
                listener.executing(step, sql);
                timed(st, sql, AFTER_COMMIT);
            } catch (SQLException e) {
                throw failure("cannot apply", null, e);
            }
        }

        private void runInTransaction(Step step, List<String> statements) throws SyncException {
            boolean committed = false;
            try {
                c.setAutoCommit(false);
                try (Sender st = new Sender(c)) {
                    st.execute(lockTimeout());
                    for (String sql : statements) {
                        listener.executing(step, sql);
                        timed(st, sql, AFTER_COMMIT);
                    }
                }
                c.commit();
                committed = true;
            } catch (SQLException e) {
                rollbackQuietly();
                throw failure("cannot apply", null, e);
            } catch (SyncException e) {
                rollbackQuietly();
                throw e;
            } finally {
                // Whatever ended the group early (an error of the listener too), it must not commit half of it:
                // switching autocommit back on would.
                if (!committed) rollbackQuietly();
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // The connection is gone; the next statement says so.
                }
            }
        }

        /**
         * Plans again in the open transaction, inside a savepoint. When the server cannot (PostgreSQL 17.x and 18
         * refuse DDL in a subtransaction after {@code ALTER DOMAIN ... DROP CONSTRAINT} in the same transaction:
         * "cannot start a subtransaction when there are unprocessed inval messages"), the savepoint is rolled back,
         * the transaction goes on unharmed, and the verification after the commit takes over: false.
         */
        private Verified verifyBeforeCommit(Plan plan) throws SQLException, SyncException {
            Set<ObjectRef> pending = steps(plan, Phase.AFTER_COMMIT).stream().map(s -> s.change().target())
                    .collect(Collectors.toSet());
            DryRun.Planned planned;
            java.sql.Savepoint sp = c.setSavepoint();
            try {
                planned = DryRun.compute(c, desired, new DryRun.Settings(true, false, options.learned()));
                c.releaseSavepoint(sp);
            } catch (SQLException | SyncException e) {
                c.rollback(sp);
                c.releaseSavepoint(sp);
                return new Verified(false, null);
            }
            Plan after = planned.plan();
            List<Step> left = after.steps().stream().filter(s -> !pending.contains(s.change().target())).toList();
            if (!left.isEmpty()) {
                throw new SyncException("the plan's transaction does not bring the database to the schema, so it was"
                        + " rolled back: " + left.stream().map(s -> s.change().target() + " " + s.summary())
                        .collect(Collectors.joining("; ")));
            }
            return new Verified(true, after.isEmpty() ? planned.observation() : null);
        }

        /** Everything is committed by now: a failure here, even a rejected schema, is reported as such. */
        private InSync.Verified verify(Transaction t) throws SyncException {
            Committed all = Committed.verification(t.committed(), steps(t.plan(), Phase.AFTER_COMMIT));
            DryRun.Settings settings = new DryRun.Settings(true, options.dropUnmanaged(), options.learned());
            InSync.Verified verified;
            try {
                verified = options.recording() != null ? InSync.verify(c, options.recording(), desired, settings)
                        : new InSync.Verified(DryRun.planned(c, desired, settings), false);
            } catch (SyncException e) {
                throw new SyncException("verification after the commit failed: " + e.getMessage(), e.statement(),
                        e.getCause(), all);
            }
            Plan after = verified.planned().plan();
            if (!after.isEmpty()) {
                String left = after.steps().stream().map(s -> s.change().target() + " " + s.summary())
                        .collect(Collectors.joining("; "));
                throw new SyncException("apply finished but the database still differs from the schema: " + left,
                        null, null, all);
            }
            return verified;
        }

        /** The statement that sets the apply's lock_timeout for the transaction it runs in. */
        private String lockTimeout() {
            return "SET LOCAL lock_timeout = '" + options.lockTimeout().toMillis() + "ms'";
        }

        private void rollbackQuietly() {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // The connection is gone: the server rolls the transaction back itself.
            }
        }
    }
}
