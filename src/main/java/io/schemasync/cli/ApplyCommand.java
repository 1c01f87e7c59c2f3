package io.schemasync.cli;

import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyResult;
import io.schemasync.apply.SchemaSync;
import io.schemasync.server.SchemaRejectedException;
import io.schemasync.server.SyncException;
import io.schemasync.load.SchemaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Bring the database to the YAML schema: in one transaction, under an advisory lock, "
                + "then verify that nothing is left to do.")
final class ApplyCommand implements Callable<Integer> {
    private final Cli cli;

    @Mixin Options.SchemaPaths schema;
    @Mixin Options.Url url;
    @Mixin Options.Color color;

    @Option(names = "--allow-destructive",
            description = "allow drops and narrowing type changes (refused by default: exit 4, nothing applied)")
    boolean allowDestructive;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "how long a statement may wait for a table lock before apply backs off and retries "
                    + "(default: ${DEFAULT-VALUE}; 500ms, 5s, 1m, 0 = wait forever)")
    Duration lockTimeout;

    @Option(names = "--no-verify", description = "skip re-reading the catalog after apply")
    boolean noVerify;

    ApplyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SchemaException, SchemaRejectedException, DatabaseTarget.ConnectException {
        SchemaFiles desired = SchemaFiles.load(schema.paths);
        try (DatabaseTarget db = DatabaseTarget.open(url, cli)) {
            ApplyProgress progress = new ApplyProgress(cli, cli.style(color.mode), db.label());
            ApplyListener listener = DebugPause.wrap(progress, cli);
            long start = System.nanoTime();
            ApplyResult result;
            try {
                result = SchemaSync.apply(db.connection(), desired.database(),
                        new SchemaSync.Options(allowDestructive, lockTimeout, !noVerify), listener);
            } catch (SchemaRejectedException e) {
                throw desired.located(e);
            } catch (SyncException e) {
                progress.failed(e);
                return Exit.FAILURE.code();
            }
            return progress.finished(result, Duration.ofNanos(System.nanoTime() - start), !noVerify).code();
        }
    }
}
