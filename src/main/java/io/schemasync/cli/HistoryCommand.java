package io.schemasync.cli;

import io.schemasync.apply.HistoryLog;
import io.schemasync.load.SchemaException;
import io.schemasync.model.HistoryEntry;
import io.schemasync.render.HistoryRenderer;
import io.schemasync.server.SyncException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the applies recorded in schemasync.history, newest first.")
final class HistoryCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    private final Cli cli;

    @Mixin Options.Url url;
    @Mixin Options.ProjectFile project;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "how many applies to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text|json (default: ${DEFAULT-VALUE})")
    Format format = Format.TEXT;

    @Option(names = {"-v", "--verbose"}, description = "also list each apply's statements")
    boolean verbose;

    HistoryCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SchemaException, SyncException, DatabaseTarget.ConnectException {
        if (limit < 1) throw new UsageException("--limit must be at least 1, not " + limit);
        Setup setup = Setup.resolve(cli, project);
        try (DatabaseTarget db = DatabaseTarget.open(setup.url(url), cli)) {
            Optional<List<HistoryEntry>> entries = HistoryLog.read(db.connection(), limit);
            List<HistoryEntry> list = entries.orElse(List.of());
            cli.out().print(format == Format.JSON ? HistoryRenderer.json(list) : HistoryRenderer.text(list, verbose));
            return Exit.OK.code();
        }
    }
}
