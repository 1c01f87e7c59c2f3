package io.schemasync.cli;

import io.schemasync.dryrun.DryRun;
import io.schemasync.server.SchemaRejectedException;
import io.schemasync.apply.SchemaSync;
import io.schemasync.server.SyncException;
import io.schemasync.load.SchemaException;
import io.schemasync.plan.Plan;
import io.schemasync.render.JsonRenderer;
import io.schemasync.render.MarkdownRenderer;
import io.schemasync.render.SqlRenderer;
import io.schemasync.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show what apply would change, without changing anything (a dry run).")
final class PlanCommand implements Callable<Integer> {
    enum Format { TEXT, SQL, JSON, MARKDOWN }

    private final Cli cli;

    @Mixin Options.SchemaPaths schema;
    @Mixin Options.Url url;
    @Mixin Options.Color color;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text|sql|json|markdown (default: ${DEFAULT-VALUE}); sql is a script that psql can replay")
    Format format = Format.TEXT;

    @Option(names = "--exit-code", description = "exit with 3 when the plan is not empty (drift check)")
    boolean exitCode;

    @Option(names = "--allow-destructive", description = "plan as 'apply --allow-destructive' would")
    boolean allowDestructive;

    PlanCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SchemaException, SyncException, DatabaseTarget.ConnectException {
        SchemaFiles desired = SchemaFiles.load(schema.paths);
        try (DatabaseTarget db = DatabaseTarget.open(url, cli)) {
            Plan plan;
            try {
                plan = DryRun.plan(db.connection(), desired.database(), allowDestructive);
            } catch (SchemaRejectedException e) {
                throw desired.located(e);
            }
            cli.out().print(withNewline(render(plan, db.label())));
            cli.out().flush();
            // A script of a plan with refused steps is only comments: no caller may take it for the migration.
            if (format == Format.SQL && plan.hasRefusals()) return Exit.REFUSED.code();
            return (exitCode && !plan.isEmpty() ? Exit.CHANGES : Exit.OK).code();
        }
    }

    private String render(Plan plan, String target) {
        return switch (format) {
            case TEXT -> TextRenderer.render(plan, target, color.mode.enabled(cli.env(), cli.terminal()));
            case SQL -> SqlRenderer.render(plan, target);
            case JSON -> JsonRenderer.render(plan, target);
            case MARKDOWN -> MarkdownRenderer.render(plan, target);
        };
    }

    static String withNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
