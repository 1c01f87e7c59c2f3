package io.schemasync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemasync.apply.SchemaSync;
import io.schemasync.dryrun.DryRun;
import io.schemasync.fleet.FleetTarget;
import io.schemasync.fleet.Outcome;
import io.schemasync.fleet.Rollout;
import io.schemasync.fleet.TargetResult;
import io.schemasync.load.Project;
import io.schemasync.load.SchemaException;
import io.schemasync.load.TenantTemplate;
import io.schemasync.model.Database;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code plan|apply --env NAME} for an environment that is a fleet: lists its targets, takes this process's shard,
 * runs {@link Rollout}, prints a line per target as it ends and a summary, and writes the JSON report and the
 * GitHub job summary. Exit 0 only when every target of the shard ended in sync (plan: when every target planned).
 */
final class FleetRun {
    static final int DEFAULT_CONCURRENCY = 4;

    private final Cli cli;
    private final Setup setup;
    private final Options.Fleet flags;
    private final Style style;

    FleetRun(Cli cli, Setup setup, Options.Fleet flags, Style style) {
        this.cli = cli;
        this.setup = setup;
        this.flags = flags;
        this.style = style;
    }

    /** Fleet options without a fleet environment are a mistake: one database would silently ignore them. */
    static void checkOptions(Setup setup, Options.Fleet flags) {
        if (setup.fleet() == null && flags.given() != null) {
            throw new UsageException(flags.given() + " is for a fleet: select an environment with targets: or"
                    + " tenant_schemas: in schemasync.yaml (--env NAME; see docs/fleets.md)");
        }
    }

    /** Runs the fleet; listing its targets may fail (a discovery command, a tenant query): exit 1, said so. */
    int run(Rollout.Mode mode, List<Path> schemaFlags, Options.Url url, DryRun.Settings settings,
            SchemaSync.Options apply, boolean exitCode) throws SchemaException {
        try {
            return runChecked(mode, schemaFlags, url, settings, apply, exitCode);
        } catch (IOException | SQLException e) {
            cli.error("error: " + Printable.line(String.valueOf(e.getMessage())));
            return Exit.FAILURE.code();
        }
    }

    /** The fleet options, checked. */
    private record Knobs(int[] shard, int concurrency, int canary) {}

    private Knobs knobs() {
        int concurrency = flags.concurrency == null ? DEFAULT_CONCURRENCY : flags.concurrency;
        if (concurrency < 1) throw new UsageException("--concurrency takes a number of targets, at least 1");
        int canary = flags.canary == null ? 0 : flags.canary;
        if (canary < 0) throw new UsageException("--canary takes a number of targets, 0 or more");
        if (setup.fleet().tenants() != null && setup.schemas() != null) {
            throw new UsageException("environment " + setup.environment().name() + " has tenant_schemas: the managed"
                    + " schemas are the tenants, so schemas: does not apply (remove it)");
        }
        DebugPause.wrap(new io.schemasync.apply.ApplyListener() {}, cli);
        return new Knobs(FleetTargets.parseShard(flags.shard), concurrency, canary);
    }

    private int runChecked(Rollout.Mode mode, List<Path> schemaFlags, Options.Url url, DryRun.Settings settings,
            SchemaSync.Options apply, boolean exitCode) throws SchemaException, IOException, SQLException {
        Knobs knobs = knobs();
        Desired desired = desired(setup.fleet(), schemaFlags);
        List<FleetTargets.Entry> all = entries(FleetTargets.databases(cli, setup.fleet(), setup.url(url)),
                setup.fleet().tenants());
        List<FleetTargets.Entry> mine = FleetTargets.shard(all, knobs.shard());
        announce(mode, knobs, mine.size(), all.size());
        List<FleetTarget> targets = new ArrayList<>();
        for (FleetTargets.Entry e : mine) targets.add(target(e, desired));
        long start = System.nanoTime();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Rollout.Report report = Rollout.run(targets, new Rollout.Options(mode, knobs.concurrency(), knobs.canary(),
                flags.continueOnError, settings, apply, t -> DebugPause.wrap(new io.schemasync.apply.ApplyListener() {},
                cli)), this::line);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String summary = summary(report, all.size(), elapsed, knobs.shard());
        printSummary(report, summary);
        if (flags.report != null) writeReport(mode, report, all.size(), started, elapsed, knobs.shard());
        StepSummary.append(cli, () -> markdown(mode, report, summary));
        return exit(mode, report, exitCode).code();
    }

    private void announce(Rollout.Mode mode, Knobs knobs, int mine, int all) {
        int[] shard = knobs.shard();
        cli.error((mode == Rollout.Mode.PLAN ? "planning " : "applying to ") + mine + " of " + all + " targets"
                + (shard == null ? "" : " (shard " + shard[0] + "/" + shard[1] + ")") + ", " + knobs.concurrency()
                + " at a time" + (knobs.canary() > 0 ? ", the first " + Math.min(knobs.canary(), mine)
                + " as the canary" : ""));
    }

    /** The summary line, then the targets that failed or were refused, named again (a long run scrolls them away). */
    private void printSummary(Rollout.Report report, String summary) {
        cli.out().println(summary);
        report.results().stream().filter(r -> r.outcome().stops()).forEach(r -> cli.out().println(style.red("  "
                + r.outcome().word() + ": " + r.target().label() + ": " + scrub(r.error()))));
        cli.out().flush();
    }

    /** The desired schema: the files as they are, or the template to be applied as each tenant's schema. */
    private record Desired(Database database, TenantTemplate template) {
        Database of(String tenant) throws SchemaException {
            return tenant == null ? database : template.forSchema(tenant);
        }
    }

    private Desired desired(Project.Fleet fleet, List<Path> schemaFlags) throws SchemaException {
        if (fleet.tenants() == null) return new Desired(setup.desired(schemaFlags).database(), null);
        return new Desired(null, TenantTemplate.load(setup.schemaPaths(schemaFlags), fleet.tenants().template()));
    }

    private List<FleetTargets.Entry> entries(List<FleetTargets.Db> databases, Project.TenantSchemas tenants)
            throws SQLException {
        List<FleetTargets.Entry> all = new ArrayList<>();
        for (FleetTargets.Db db : databases) {
            if (tenants == null) {
                all.add(new FleetTargets.Entry(db, null));
                continue;
            }
            try {
                FleetTargets.tenants(db, tenants).forEach(t -> all.add(new FleetTargets.Entry(db, t)));
            } catch (SQLException e) {
                throw new SQLException("cannot list the tenant schemas of " + db.spec().redacted() + " (" + tenants.at()
                        + "): " + io.schemasync.server.SyncException.serverMessage(e), e.getSQLState(), e);
            }
        }
        return all;
    }

    private FleetTarget target(FleetTargets.Entry e, Desired desired) throws SchemaException {
        ConnectionSpec spec = e.db().spec();
        return new FleetTarget(e.id(), e.id(), e.tenant(), desired.of(e.tenant()), () -> {
            try {
                return DriverManager.getConnection(spec.jdbcUrl(), spec.properties());
            } catch (SQLException x) {
                throw new FleetTarget.CannotConnect("cannot connect to " + spec.redacted() + ": "
                        + cli.redactor().scrub(io.schemasync.server.SyncException.serverMessage(x)));
            }
        });
    }

    private String scrub(String text) {
        return cli.redactor().scrub(text == null ? "" : text);
    }

    /** {@code [ 3/20] ✓ postgres://app:*****@db1:5432/app  in sync (shared plan)}, as each target ends. */
    private void line(TargetResult r, int done, int total) {
        int width = String.valueOf(total).length();
        String counter = String.format("[%" + width + "d/%d]", done, total);
        String text = counter + " " + mark(r.outcome()) + " " + r.target().label() + "  " + describe(r);
        // plan shows what would change on each target that has changes, indented under its line.
        String plan = r.outcome() == Outcome.CHANGES ? io.schemasync.render.TextRenderer.render(r.plan(),
                r.target().label(), new io.schemasync.render.TextRenderer.Look(style.color(), false, cli.unicode()))
                .lines().skip(1).map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n") : "";
        synchronized (cli.out()) {
            cli.out().println(color(r.outcome(), text));
            cli.out().print(plan);
            cli.out().flush();
        }
    }

    private String mark(Outcome o) {
        boolean u = cli.unicode();
        return switch (o) {
            case IN_SYNC, APPLIED -> u ? "✓" : "ok";
            case CHANGES -> "~";
            case REFUSED, FAILED -> u ? "✗" : "x";
            case SKIPPED -> "-";
        };
    }

    private String color(Outcome o, String text) {
        return switch (o) {
            case IN_SYNC, APPLIED -> style.green(text);
            case CHANGES -> style.yellow(text);
            case REFUSED, FAILED -> style.red(text);
            case SKIPPED -> style.dim(text);
        };
    }

    private String describe(TargetResult r) {
        String time = " (" + millis(r.elapsed()) + ")";
        return switch (r.outcome()) {
            case IN_SYNC -> "in sync" + (r.shared() ? " (shared plan)" : "") + time;
            case CHANGES -> planSummary(r.plan()) + time;
            case APPLIED -> "applied: " + planSummary(r.plan()) + time;
            case REFUSED, FAILED -> r.outcome().word() + ": " + scrub(r.error()) + time;
            case SKIPPED -> scrub(r.error());
        };
    }

    static String planSummary(Plan plan) {
        if (plan == null || plan.isEmpty()) return "no changes";
        return plan.count(Step.Action.CREATE) + " to create, " + plan.count(Step.Action.ALTER) + " to alter, "
                + plan.count(Step.Action.DROP) + " to drop" + (plan.hasRefusals() ? " (" + plan.refusedCount()
                + " refused)" : "");
    }

    private static String millis(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private String summary(Rollout.Report report, int fleetSize, Duration elapsed, int[] shard) {
        List<String> parts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            long n = report.count(o);
            if (n > 0) parts.add(n + " " + o.word());
        }
        return "Fleet " + setup.environment().name() + ": " + report.results().size() + " target"
                + (report.results().size() == 1 ? "" : "s") + (shard == null ? "" : " (shard " + shard[0] + "/"
                + shard[1] + " of " + fleetSize + ")") + " · " + (parts.isEmpty() ? "nothing to do"
                : String.join(" · ", parts)) + " · " + report.planComputations() + " plan computation"
                + (report.planComputations() == 1 ? "" : "s") + " · " + millis(elapsed)
                + (report.canaryFailed() ? " · the canary failed: rollout stopped" : "");
    }

    private static Exit exit(Rollout.Mode mode, Rollout.Report report, boolean exitCode) {
        if (report.count(Outcome.FAILED) > 0 || report.count(Outcome.SKIPPED) > 0) return Exit.FAILURE;
        if (mode == Rollout.Mode.PLAN) return exitCode && report.count(Outcome.CHANGES) > 0 ? Exit.CHANGES : Exit.OK;
        if (report.count(Outcome.REFUSED) > 0) return Exit.REFUSED;
        return report.allInSync() ? Exit.OK : Exit.FAILURE;
    }

    private void writeReport(Rollout.Mode mode, Rollout.Report report, int fleetSize, Instant started,
                             Duration elapsed, int[] shard) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("format", "schemasync-fleet-report 1");
        root.put("environment", setup.environment().name());
        root.put("command", mode.name().toLowerCase(Locale.ROOT));
        root.put("started_at", started.toString());
        root.put("elapsed_ms", elapsed.toMillis());
        root.put("fleet_targets", fleetSize);
        if (shard != null) root.put("shard", shard[0] + "/" + shard[1]);
        root.put("plan_computations", report.planComputations());
        root.put("all_in_sync", report.allInSync());
        ObjectNode counts = root.putObject("outcomes");
        for (Outcome o : Outcome.values()) counts.put(o.name().toLowerCase(Locale.ROOT), report.count(o));
        ArrayNode targets = root.putArray("targets");
        for (TargetResult r : report.results()) targets.add(target(json, r));
        Files.writeString(flags.report, json.writeValueAsString(root) + "\n");
        cli.error("report written to " + flags.report);
    }

    private ObjectNode target(ObjectMapper json, TargetResult r) {
        ObjectNode t = json.createObjectNode();
        t.put("target", r.target().label());
        if (r.target().tenant() != null) t.put("schema", r.target().tenant());
        t.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        t.put("in_sync", r.outcome().inSync());
        t.put("fingerprint_before", r.before());
        t.put("fingerprint_after", r.after());
        t.put("shared_plan", r.shared());
        if (r.plan() != null) {
            ObjectNode p = t.putObject("plan");
            p.put("create", r.plan().count(Step.Action.CREATE));
            p.put("alter", r.plan().count(Step.Action.ALTER));
            p.put("drop", r.plan().count(Step.Action.DROP));
            p.put("refused", r.plan().refusedCount());
            p.put("steps", r.plan().steps().size());
        }
        t.put("error", r.error() == null ? null : scrub(r.error()));
        t.put("elapsed_ms", r.elapsed().toMillis());
        return t;
    }

    private String markdown(Rollout.Mode mode, Rollout.Report report, String summary) {
        StringBuilder md = new StringBuilder("### schemasync " + mode.name().toLowerCase(Locale.ROOT) + " --env "
                + setup.environment().name() + "\n\n" + summary + "\n\n| target | outcome | detail |\n|---|---|---|\n");
        for (TargetResult r : report.results()) {
            String detail = r.outcome().stops() || r.outcome() == Outcome.SKIPPED ? scrub(r.error())
                    : r.shared() ? "shared plan" : planSummary(r.plan());
            md.append("| ").append(cell(r.target().label())).append(" | ").append(r.outcome().word()).append(" | ")
                    .append(cell(detail)).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
