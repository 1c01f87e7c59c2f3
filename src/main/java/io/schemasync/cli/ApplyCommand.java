package io.schemasync.cli;

import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyResult;
import io.schemasync.apply.HistoryInfo;
import io.schemasync.apply.PlanChangedException;
import io.schemasync.apply.SchemaSync;
import io.schemasync.server.Timing;
import io.schemasync.dryrun.InSync;
import io.schemasync.load.SavedPlanReader;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.SavedPlan;
import io.schemasync.server.SchemaRejectedException;
import io.schemasync.server.SyncException;
import io.schemasync.load.SchemaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Bring the database to the YAML schema: in one transaction, under an advisory lock, "
                + "then verify that nothing is left to do.")
final class ApplyCommand implements Callable<Integer> {
    private final Cli cli;

    @Mixin Options.SchemaPaths schema;
    @Mixin Options.Url url;
    @Mixin Options.ProjectFile project;
    @Mixin Options.Unmanaged unmanaged;
    @Mixin Options.Color color;
    @Mixin Options.Verbose verbose;
    @Mixin Options.Fleet fleet;

    @Option(names = "--allow-destructive",
            description = "allow drops and narrowing type changes (refused by default: exit 4, nothing applied)")
    boolean allowDestructive;

    @Option(names = "--confirm", paramLabel = "ENV",
            description = "name the environment again to allow --allow-destructive on a protected one")
    String confirm;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "how long a statement may wait for a table lock before apply backs off and retries "
                    + "(default: lock_timeout in schemasync.yaml, else 5s; 500ms, 5s, 1m, 0 = wait forever)")
    Duration lockTimeout;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "run exactly the plan saved by 'plan --out FILE'; refused (exit 4) when the database or "
                    + "the schema files changed since")
    Path plan;

    @Option(names = "--batch-size", paramLabel = "TABLES", description = "commit the plan in batches of at most this many"
            + " tables, each its own transaction (a plan larger than one transaction's lock budget; a plan that only"
            + " creates objects is batched on its own when it is); a rerun resumes after the last committed batch")
    int batchSize;

    @Option(names = "--no-history", description = "do not record this apply in schemasync.history, nor the canonical forms in"
            + " schemasync.known_forms")
    boolean noHistory;

    @Option(names = "--no-verify", description = "skip re-reading the catalog after apply")
    boolean noVerify;

    ApplyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SchemaException, SchemaRejectedException, DatabaseTarget.ConnectException {
        Timing.mark("apply started");
        Setup setup = Setup.resolve(cli, project);
        if (setup.describe() != null) cli.error("using " + setup.describe());
        setup.checkDestructive(allowDestructive, confirm);
        FleetRun.checkOptions(setup, fleet);
        if (setup.fleet() != null) return fleet(setup);
        boolean dropUnmanaged = setup.dropUnmanaged(unmanaged);
        if (batchSize < 0) throw new UsageException("--batch-size takes a number of tables, at least 1 (got " + batchSize + ")");
        // A saved plan is checked against the schema files' model.
        List<Path> paths = setup.schemaPaths(schema.paths);
        Optional<InSync.Written> key = plan != null ? Optional.empty() : Recorded.key(paths, setup.schemas(), dropUnmanaged);
        Timing.mark("files hashed");
        DatabaseTarget db = key.isEmpty() ? null : Recorded.target(setup, url, cli);
        Timing.mark("connected");
        StatementMonitor monitor = null;
        Style style = cli.style(color.mode);
        try {
            if (db != null) {
                Integer recorded = recorded(db, key.get(), setup, dropUnmanaged, style);
                if (recorded != null) return recorded;
            }
            Timing.mark("record checked");
            SchemaFiles desired = setup.desired(schema.paths);
            Timing.mark("schema loaded");
            SavedPlan saved = plan == null ? null : saved(dropUnmanaged);
            if (saved != null) {
                Fingerprint schemaNow = Fingerprint.of(desired.database(), List.of());
                if (!schemaNow.sameAs(saved.schema())) {
                    cli.error(style.red("Refused: the schema files changed since the plan was made (" + saved.createdAt()
                            + "): " + schemaNow.changesSince(saved.schema()) + "; nothing was applied: run plan again,"
                            + " review it, and apply that"));
                    return Exit.REFUSED.code();
                }
            }
            if (db == null) db = DatabaseTarget.open(setup.url(url), cli);
            monitor = StatementMonitor.watching(db, cli, style);
            ApplyProgress progress = new ApplyProgress(cli, style, db.label(), verbose.verbose, monitor);
            ApplyListener listener = DebugPause.wrap(progress, cli);
            if (saved != null && !saved.target().equals(db.label())) {
                cli.error("note: the plan was made against " + saved.target() + "; applying it to " + db.label());
            }
            SchemaSync.Options options = options(setup, db, dropUnmanaged, saved);
            if (!noVerify && options.knownForms() && key.isPresent()) {
                InSync.Written written = key.get();
                List<String> projectSchemas = setup.schemas();
                options = options.withRecording(new InSync.Recording(written, desired.sqlFiles(), db::another,
                        () -> Recorded.key(paths, projectSchemas, dropUnmanaged).equals(Optional.of(written))));
            }
            long start = System.nanoTime();
            Timing.mark("monitor started");
            ApplyResult result;
            try {
                result = SchemaSync.apply(db.connection(), desired.database(), options, listener);
            } catch (SchemaRejectedException e) {
                throw desired.located(e);
            } catch (PlanChangedException e) {
                cli.error(style.red("Refused: " + e.getMessage()));
                progress.summary("refused: " + e.getMessage());
                return Exit.REFUSED.code();
            } catch (SyncException e) {
                progress.failed(e);
                progress.summary("failed: " + FailureText.of(e).headline());
                return Exit.FAILURE.code();
            }
            Exit exit = progress.finished(result, Duration.ofNanos(System.nanoTime() - start), !noVerify);
            progress.summary(result.plan().hasRefusals() ? "refused: nothing was applied"
                    : result.applied() ? "applied " + result.executed() + " statement" + (result.executed() == 1 ? "" : "s")
                    : "nothing to do");
            if (exit == Exit.OK && !noVerify && options.knownForms() && key.isPresent() && !result.recorded()) {
                remember(db, key.get(), paths, setup.schemas(), desired, options, progress);
            }
            return exit.code();
        } finally {
            if (monitor != null) monitor.close();
            if (db != null) db.close();
        }
    }

    private SchemaSync.Options options(Setup setup, DatabaseTarget db, boolean dropUnmanaged, SavedPlan saved) {
        return new SchemaSync.Options(allowDestructive, setup.lockTimeout(lockTimeout), !noVerify,
                SchemaSync.Options.WAIT_FOR_OTHERS, dropUnmanaged, saved,
                setup.history(noHistory) ? HistoryRecord.info(cli, db.label()) : null, setup.history(noHistory))
                .withBatchSize(batchSize).withHelper(db::another);
    }

    /**
     * A no-op apply answered by {@code schemasync.in_sync} (see {@link InSync}): the exit code, or null when the
     * full apply must run.
     */
    private Integer recorded(DatabaseTarget db, InSync.Written key, Setup setup, boolean dropUnmanaged, Style style)
            throws DatabaseTarget.ConnectException {
        long start = System.nanoTime();
        ApplyProgress progress = new ApplyProgress(cli, style, db.label(), verbose.verbose, null);
        Optional<ApplyResult> result;
        try {
            result = SchemaSync.inSync(db.connection(), key, options(setup, db, dropUnmanaged, null), progress,
                    db::another);
        } catch (SyncException e) {
            return null;
        }
        if (result.isEmpty()) return null;
        Exit exit = progress.finished(result.get(), Duration.ofNanos(System.nanoTime() - start), true);
        progress.summary("nothing to do");
        return exit.code();
    }

    /**
     * After an apply that left the database in the schema, records that (see {@link InSync}) so that the next
     * no-op run is answered at once; the schema files must still be the ones loaded. A failure costs only speed.
     */
    private void remember(DatabaseTarget db, InSync.Written key, List<Path> paths, List<String> projectSchemas,
                          SchemaFiles desired, SchemaSync.Options options, ApplyProgress progress) {
        if (!Recorded.key(paths, projectSchemas, options.dropUnmanaged()).equals(Optional.of(key))) return;
        try {
            InSync.confirm(db.connection(), db::another, key, desired.sqlFiles(), desired.database(),
                    options.settings());
        } catch (java.sql.SQLException | SyncException e) {
            progress.warning("the schema files were not recorded as in sync (the next run plans in full): "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Applies to every target of a fleet environment, each in its own transaction under its database's lock
     * (docs/fleets.md).
     */
    private int fleet(Setup setup) throws SchemaException {
        if (plan != null || batchSize != 0) {
            throw new UsageException("apply over a fleet plans each target under its own lock: --plan and"
                    + " --batch-size are for one database");
        }
        boolean dropUnmanaged = setup.dropUnmanaged(unmanaged);
        SchemaSync.Options options = new SchemaSync.Options(allowDestructive, setup.lockTimeout(lockTimeout),
                !noVerify, SchemaSync.Options.WAIT_FOR_OTHERS, dropUnmanaged, null,
                setup.history(noHistory) ? HistoryRecord.info(cli, null) : null, setup.history(noHistory));
        return new FleetRun(cli, setup, fleet, cli.style(color.mode)).run(io.schemasync.fleet.Rollout.Mode.APPLY,
                schema.paths, url, new io.schemasync.dryrun.DryRun.Settings(allowDestructive, dropUnmanaged),
                options, false);
    }

    /**
     * The saved plan, made with the options this apply runs with: a plan made with --allow-destructive needs it
     * again (and --confirm on a protected environment), and unlisted objects are kept or dropped as they were.
     */
    private SavedPlan saved(boolean dropUnmanaged) {
        SavedPlan saved;
        try {
            saved = SavedPlanReader.read(plan);
        } catch (SavedPlanReader.InvalidPlanFileException e) {
            throw new UsageException(e.getMessage());
        }
        if (saved.allowDestructive() != allowDestructive) {
            throw new UsageException(plan + " was made " + (saved.allowDestructive() ? "with" : "without")
                    + " --allow-destructive; apply it " + (saved.allowDestructive() ? "with" : "without") + " it too");
        }
        if (saved.dropUnmanaged() != dropUnmanaged) {
            throw new UsageException(plan + " was made with unmanaged objects " + (saved.dropUnmanaged() ? "dropped"
                    : "kept") + ", but this apply would " + (dropUnmanaged ? "drop" : "keep") + " them (--unmanaged,"
                    + " --prune, or unmanaged: in schemasync.yaml)");
        }
        return saved;
    }
}
