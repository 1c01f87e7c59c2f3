package io.schemasync.cli;

import io.schemasync.dryrun.DryRun;
import io.schemasync.dryrun.InSync;
import io.schemasync.server.SchemaRejectedException;
import io.schemasync.server.SyncException;
import io.schemasync.load.SchemaException;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.SavedPlan;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import io.schemasync.render.JsonRenderer;
import io.schemasync.apply.SchemaSync;
import io.schemasync.catalog.CatalogReader;
import io.schemasync.dryrun.Rehearsal;
import io.schemasync.render.MarkdownRenderer;
import io.schemasync.render.SqlRenderer;
import io.schemasync.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show what apply would change, without changing anything (a dry run).")
final class PlanCommand implements Callable<Integer> {
    enum Format { TEXT, SQL, JSON, MARKDOWN }

    private final Cli cli;

    @Mixin Options.SchemaPaths schema;
    @Mixin Options.Url url;
    @Mixin Options.ProjectFile project;
    @Mixin Options.Unmanaged unmanaged;
    @Mixin Options.Color color;
    @Mixin Options.Verbose verbose;
    @Mixin Options.Fleet fleet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text|sql|json|markdown (default: ${DEFAULT-VALUE}); sql is a script that psql can replay")
    Format format = Format.TEXT;

    @Option(names = "--exit-code", description = "exit with 3 when the plan is not empty (drift check)")
    boolean exitCode;

    @Option(names = "--allow-destructive", description = "plan as 'apply --allow-destructive' would")
    boolean allowDestructive;

    @Option(names = "--out", paramLabel = "FILE",
            description = "also save the plan, with fingerprints of the database and the schema files, for "
                    + "'apply --plan FILE' (which runs exactly this plan, or refuses when either changed)")
    Path out;

    @Option(names = "--rehearse", description = "also run the plan against the database inside a transaction that is"
            + " always rolled back, reporting each step's time and the first step that fails (for a clone of"
            + " production: it takes the locks apply takes)")
    boolean rehearse;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "--rehearse: how long a step may wait for a lock (default: the project file's, else 5s)")
    java.time.Duration lockTimeout;

    @Option(names = "--comment-on-pr", description = "in a GitHub Actions job for a pull request, post the plan as a"
            + " comment on it, or update the one posted before (needs GITHUB_TOKEN with pull-requests: write)")
    boolean commentOnPr;

    PlanCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SchemaException, SyncException, DatabaseTarget.ConnectException, IOException {
        Setup setup = Setup.resolve(cli, project);
        if (setup.describe() != null) cli.error("using " + setup.describe());
        FleetRun.checkOptions(setup, fleet);
        if (setup.fleet() != null) return fleet(setup);
        DryRun.Settings settings = new DryRun.Settings(allowDestructive, setup.dropUnmanaged(unmanaged));
        // A saved plan needs the fingerprints of the schema files; a rehearsal runs what the full plan found.
        Optional<InSync.Written> key = out != null || rehearse ? Optional.empty()
                : Recorded.key(setup.schemaPaths(schema.paths), setup.schemas(), settings.dropUnmanaged());
        DatabaseTarget db = key.isEmpty() ? null : Recorded.target(setup, url, cli);
        try {
            if (db != null) {
                Optional<Plan> recorded = Recorded.plan(db, key.get(), cli, verbose.verbose);
                if (recorded.isPresent()) {
                    show(recorded.get(), db);
                    return Exit.OK.code();
                }
            }
            SchemaFiles desired = setup.desired(schema.paths);
            if (db == null) db = DatabaseTarget.open(setup.url(url), cli);
            DryRun.Planned planned;
            try {
                DatabaseTarget target = db;
                planned = DryRun.planned(db.connection(), desired.database(), settings.withHelper(target::another));
            } catch (SchemaRejectedException e) {
                throw desired.located(e);
            }
            Plan plan = planned.plan();
            show(plan, db);
            if (out != null) save(planned, desired, settings, db.label());
            if (rehearse) {
                int rehearsed = rehearse(db, plan, setup.lockTimeout(lockTimeout));
                if (rehearsed != Exit.OK.code()) return rehearsed;
            }
            // A script of a plan with refused steps is only comments: no caller may take it for the migration.
            if (format == Format.SQL && plan.hasRefusals()) return Exit.REFUSED.code();
            return (exitCode && !plan.isEmpty() ? Exit.CHANGES : Exit.OK).code();
        } finally {
            if (db != null) db.close();
        }
    }

    /** The plan on stdout, the batching note, the job summary and the pull request's comment. */
    private void show(Plan plan, DatabaseTarget db) throws SyncException {
        cli.out().print(withNewline(render(plan, db.label())));
        cli.out().flush();
        if (!plan.isEmpty()) {
            try {
                SchemaSync.batching(CatalogReader.session(db.connection()), plan)
                        .ifPresent(note -> (format == Format.TEXT ? cli.out() : cli.err()).println("note: " + note));
            } catch (java.sql.SQLException e) {
                throw SyncException.failure("cannot read the server's lock table size", null, e);
            }
        }
        if (format != Format.MARKDOWN) StepSummary.append(cli, () -> MarkdownRenderer.render(plan, db.label()));
        if (commentOnPr) PullRequestComment.post(cli, MarkdownRenderer.render(plan, db.label()), db.label());
    }

    /** The plan of every target of a fleet environment: a line per target and a summary (docs/fleets.md). */
    private int fleet(Setup setup) throws SchemaException {
        if (format != Format.TEXT || out != null || rehearse || commentOnPr) {
            throw new UsageException("plan over a fleet prints a line per target: --format, --out, --rehearse and"
                    + " --comment-on-pr are for one database (use --report FILE for a JSON report)");
        }
        DryRun.Settings settings = new DryRun.Settings(allowDestructive, setup.dropUnmanaged(unmanaged));
        return new FleetRun(cli, setup, fleet, cli.style(color.mode)).run(io.schemasync.fleet.Rollout.Mode.PLAN,
                schema.paths, url, settings, null, exitCode);
    }

    /**
     * Runs the rehearsal and reports it: on stdout after a text plan, on stderr after a plan for programs (whose
     * stdout must stay one document). A step that fails is exit 1; a plan apply refuses is not rehearsed (exit 4).
     */
    private int rehearse(DatabaseTarget db, Plan plan, java.time.Duration timeout) throws SyncException {
        java.io.PrintStream to = format == Format.TEXT ? cli.out() : cli.err();
        Style style = format == Format.TEXT ? new Style(color.mode.enabled(cli.env(), cli.terminal())) : new Style(false);
        if (plan.hasRefusals()) {
            to.println(style.red("Not rehearsed: apply refuses this plan (see above)."));
            return Exit.REFUSED.code();
        }
        if (plan.isEmpty()) {
            to.println("Rehearsal: nothing to rehearse.");
            return Exit.OK.code();
        }
        Rehearsal.Report report;
        try (StatementMonitor monitor = StatementMonitor.watching(db, cli, cli.style(color.mode))) {
            report = Rehearsal.run(db.connection(), plan, timeout, watcher(monitor));
        }
        RehearsalText.print(to, style, report, cli.unicode());
        to.flush();
        return report.passed() ? Exit.OK.code() : Exit.FAILURE.code();
    }

    /** A long statement of the rehearsal shows what it does on stderr while it runs (its time is in the report). */
    private static Rehearsal.Watcher watcher(StatementMonitor monitor) {
        return new Rehearsal.Watcher() {
            @Override
            public void running(Step step, String sql) {
                monitor.start(StatementWork.describe(step, sql));
            }

            @Override
            public void ran(String sql) {
                monitor.stop();
            }
        };
    }

    private String render(Plan plan, String target) {
        return switch (format) {
            case TEXT -> TextRenderer.render(plan, target, new TextRenderer.Look(
                    color.mode.enabled(cli.env(), cli.terminal()), verbose.verbose, cli.unicode()));
            case SQL -> SqlRenderer.render(plan, target);
            case JSON -> JsonRenderer.render(plan, target);
            case MARKDOWN -> MarkdownRenderer.render(plan, target);
        };
    }

    private void save(DryRun.Planned planned, SchemaFiles desired, DryRun.Settings settings, String target)
            throws IOException {
        Plan plan = planned.plan();
        SavedPlan saved = new SavedPlan(Version.number(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                target, settings.allowDestructive(), settings.dropUnmanaged(), planned.catalog(),
                Fingerprint.of(desired.database(), List.of()), plan.fingerprint(), plan.savedSteps());
        Files.writeString(out, JsonRenderer.render(plan, target, saved));
        cli.error("plan saved to " + out + "; review it, then run it with: schemasync apply --plan " + out
                + (plan.hasRefusals() ? " (as it stands, apply refuses it: see the plan)" : ""));
    }

    static String withNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
