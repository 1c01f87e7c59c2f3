package io.schemasync.cli;

import io.schemasync.dryrun.InSync;
import io.schemasync.load.SchemaLoader;
import io.schemasync.plan.Plan;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * How plan and apply ask {@code schemasync.in_sync} first (see {@link InSync}): the configured database, connected
 * before the schema files are loaded, and the recorded plan when the record still answers.
 */
final class Recorded {
    private Recorded() {}

    /** The key of the schema files as written (see {@link InSync#key}); empty when one cannot be read. */
    static Optional<InSync.Written> key(List<Path> schemaPaths, List<String> projectSchemas, boolean dropUnmanaged) {
        return SchemaLoader.yamlFiles(schemaPaths).flatMap(files -> InSync.key(files, projectSchemas, dropUnmanaged));
    }

    /**
     * The configured database; null for the embedded one, and when the URL or the connection fails (the full
     * run, which loads the schema files first, reports that in its turn).
     */
    static DatabaseTarget target(Setup setup, Options.Url url, Cli cli) {
        try {
            return DatabaseTarget.openConfigured(setup.url(url), cli).orElse(null);
        } catch (UsageException e) {
            return null;
        }
    }

    /** The plan recorded for the key when the catalog is unchanged; empty when the full plan must run. */
    static Optional<Plan> plan(DatabaseTarget db, InSync.Written key, Cli cli, boolean verbose) {
        long start = System.nanoTime();
        Optional<InSync.Answer> answer;
        try {
            answer = InSync.answer(db.connection(), key, db::another);
        } catch (SQLException e) {
            return Optional.empty();
        }
        answer.ifPresent(a -> said(a, cli, verbose, start));
        return answer.map(InSync.Answer::plan);
    }

    /** With --verbose (and the timing property), where the answer came from. */
    static void said(InSync.Answer answer, Cli cli, boolean verbose, long start) {
        if (verbose) {
            cli.error("in sync as recorded in schemasync.in_sync by the apply of " + answer.recordedAt()
                    + ": the schema files and the catalog's digest are unchanged since");
        }
        if (Boolean.getBoolean("schemasync.timing")) {
            cli.error("timing: answered from schemasync.in_sync in " + (System.nanoTime() - start) / 1_000_000
                    + " ms (" + answer.statements() + " statements)");
        }
    }
}
