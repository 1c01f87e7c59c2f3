package io.schemasync.fleet;

import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyResult;
import io.schemasync.apply.HistoryInfo;
import io.schemasync.apply.SchemaSync;
import io.schemasync.dryrun.CatalogIdentity;
import io.schemasync.dryrun.DryRun;
import io.schemasync.plan.Plan;
import io.schemasync.server.SyncException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plans or applies one schema over the targets of a fleet with a bounded thread pool: each target through the
 * single-target code paths ({@link DryRun#planned}, {@link SchemaSync#apply}: its own transaction under its
 * database's advisory lock), the first {@code canary} targets before the rest (all of them; when one fails, no
 * other target starts), and after the canary no new target after a failure unless the rollout continues on errors.
 * <p>
 * Targets whose {@link CatalogIdentity} is the same share one plan computation: the first computes its plan; when
 * that finds nothing to do, the others are in sync without planning. When it finds changes, each of them plans (or
 * applies) for itself, because a plan with steps also reads the target's rows (preflight counts, empty tables) and
 * apply recomputes its plan under the target's lock anyway.
 */
public final class Rollout {
    public enum Mode { PLAN, APPLY }

    /**
     * @param canary          the first this many targets run (and must succeed) before any other starts; 0: none
     * @param continueOnError a failed target does not stop the rollout
     * @param listener        what each target's apply reports to (the crash tests pause it: DebugPause)
     */
    public record Options(Mode mode, int concurrency, int canary, boolean continueOnError, DryRun.Settings settings,
                          SchemaSync.Options apply, Function<FleetTarget, ApplyListener> listener) {
        public Options(Mode mode, int concurrency, int canary, boolean continueOnError, DryRun.Settings settings,
                       SchemaSync.Options apply) {
            this(mode, concurrency, canary, continueOnError, settings, apply, t -> new ApplyListener() {});
        }
    }

    /** Told of each target as it ends, from the thread that ran it. */
    public interface Listener {
        void finished(TargetResult result, int done, int total);
    }

    /** The results in the targets' order, and how many plans were computed for them. */
    public record Report(List<TargetResult> results, int planComputations, boolean canaryFailed) {
        public boolean allInSync() {
            return results.stream().allMatch(r -> r.outcome().inSync());
        }

        public long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    private final Options options;
    private final Listener listener;
    private final Map<String, CompletableFuture<Boolean>> groups = new ConcurrentHashMap<>();
    private final AtomicInteger computations = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    /** Why no new target starts; null while the rollout goes on. */
    private final AtomicReference<String> stopped = new AtomicReference<>();
    private int total;

    private Rollout(Options options, Listener listener) {
        this.options = options;
        this.listener = listener;
    }

    public static Report run(List<FleetTarget> targets, Options options, Listener listener) {
        return new Rollout(options, listener).all(targets);
    }

    private Report all(List<FleetTarget> targets) {
        total = targets.size();
        int canary = Math.min(options.canary(), targets.size());
        List<TargetResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.concurrency()));
        try {
            results.addAll(wave(pool, targets.subList(0, canary), "the canary"));
            boolean canaryFailed = results.stream().anyMatch(r -> r.outcome().stops());
            if (canaryFailed) stopped.set("not attempted: the canary failed (" + failedNames(results) + ")");
            results.addAll(wave(pool, targets.subList(canary, targets.size()), null));
            return new Report(results, computations.get(), canaryFailed);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String failedNames(List<TargetResult> results) {
        return String.join(", ", results.stream().filter(r -> r.outcome().stops()).map(r -> r.target().label())
                .toList());
    }

    private List<TargetResult> wave(ExecutorService pool, List<FleetTarget> targets, String name) {
        List<Future<TargetResult>> futures = new ArrayList<>();
        boolean canary = name != null;
        for (FleetTarget t : targets) futures.add(pool.submit(() -> one(t, canary)));
        List<TargetResult> out = new ArrayList<>();
        for (Future<TargetResult> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the targets", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a target's task failed unexpectedly", e.getCause());
            }
        }
        return out;
    }

    /** Runs one target, unless the rollout has stopped; every target of the canary runs (it is the sample). */
    private TargetResult one(FleetTarget target, boolean canary) {
        TargetResult result;
        String stop = canary ? null : stopped.get();
        if (stop != null) {
            result = new TargetResult(target, Outcome.SKIPPED, null, null, null, false, null, stop, Duration.ZERO);
        } else {
            long start = System.nanoTime();
            result = attempt(target, start);
            if (result.outcome().stops() && !options.continueOnError() && !canary) {
                stopped.compareAndSet(null, "not attempted: " + target.label() + " failed (--continue-on-error goes on)");
            }
        }
        listener.finished(result, done.incrementAndGet(), total);
        return result;
    }

    private TargetResult attempt(FleetTarget target, long start) {
        CatalogIdentity identity = null;
        try (Connection c = target.opener().open()) {
            identity = CatalogIdentity.of(c, target.desired(), settings(), target.tenant());
            CompletableFuture<Boolean> mine = new CompletableFuture<>();
            CompletableFuture<Boolean> group = groups.putIfAbsent(identity.group(), mine);
            if (group != null && waitFor(group)) {
                return new TargetResult(target, Outcome.IN_SYNC, identity.catalog(), identity.catalog(), null, true,
                        identity.group(), null, since(start));
            }
            TargetResult result = null;
            try {
                result = compute(c, target, identity, start);
            } finally {
                if (group == null) mine.complete(result != null && result.outcome() == Outcome.IN_SYNC);
            }
            return result;
        } catch (SQLException | SyncException | FleetTarget.CannotConnect | RuntimeException e) {
            return failed(target, identity, e, start);
        }
    }

    private static boolean waitFor(CompletableFuture<Boolean> group) {
        try {
            return group.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private TargetResult compute(Connection c, FleetTarget target, CatalogIdentity identity, long start)
            throws SyncException {
        computations.incrementAndGet();
        if (options.mode() == Mode.PLAN) {
            Plan plan = DryRun.planned(c, target.desired(), settings()).plan();
            return new TargetResult(target, plan.isEmpty() ? Outcome.IN_SYNC : Outcome.CHANGES, identity.catalog(),
                    identity.catalog(), plan, false, identity.group(), null, since(start));
        }
        ApplyResult applied = SchemaSync.apply(c, target.desired(), forTarget(options.apply(), target),
                options.listener().apply(target));
        Outcome outcome = applied.applied() ? Outcome.APPLIED
                : applied.plan().hasRefusals() ? Outcome.REFUSED : Outcome.IN_SYNC;
        String after = applied.applied()
                ? CatalogIdentity.of(c, target.desired(), settings(), target.tenant()).catalog()
                : identity.catalog();
        String error = outcome == Outcome.REFUSED ? "the plan holds " + applied.plan().refusedCount()
                + " refused step(s) (destructive or unsupported); nothing was applied" : null;
        return new TargetResult(target, outcome, identity.catalog(), after, applied.plan(), false, identity.group(),
                error, since(start));
    }

    /** The plan's settings for one target, which learns its own canonical forms (canonical.Learned). */
    private DryRun.Settings settings() {
        return new DryRun.Settings(options.settings().allowDestructive(), options.settings().dropUnmanaged());
    }

    /** The apply options with this target in the history row. */
    private static SchemaSync.Options forTarget(SchemaSync.Options o, FleetTarget target) {
        HistoryInfo h = o.history();
        // Each database learns its own canonical forms (io.schemasync.canonical.Learned).
        return new SchemaSync.Options(o.allowDestructive(), o.lockTimeout(), o.verify(), o.waitForOthers(),
                o.dropUnmanaged(), o.expected(), h == null ? null : new HistoryInfo(h.toolVersion(), h.clientHost(),
                h.commit(), target.label()), o.knownForms(), o.batchSize(), new io.schemasync.canonical.Learned(), null);
    }

    private static TargetResult failed(FleetTarget target, CatalogIdentity identity, Exception e, long start) {
        String message = e instanceof SQLException q ? SyncException.serverMessage(q) : e.getMessage();
        if (message == null) message = e.getClass().getSimpleName();
        return new TargetResult(target, Outcome.FAILED, identity == null ? null : identity.catalog(), null, null, false,
                identity == null ? null : identity.group(), message.lines().findFirst().orElse(message), since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
