package io.schemasync.cli;

import io.schemasync.load.Project;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Option groups shared by several commands (picocli mixins). */
final class Options {
    private Options() {}

    static final class SchemaPaths {
        /** Empty when not given: then the project file's {@code schema:}, else {@code schema/}. */
        @Option(names = {"-s", "--schema"}, paramLabel = "PATH",
                description = "YAML schema directory or file; repeatable (default: schema: in schemasync.yaml, "
                        + "else schema/)")
        List<Path> paths = new ArrayList<>();
    }

    static final class Url {
        @Option(names = "--url", paramLabel = "URL",
                description = "postgres://user:pass@host:port/db?sslmode=require or jdbc:postgresql://...; "
                        + "default: the --env environment's url_env, $DATABASE_URL, then the libpq variables "
                        + "(PGHOST, PGDATABASE, ...), then the embedded development PostgreSQL (never in CI or a "
                        + "deployment: see --embedded)")
        String url;

        @Option(names = "--embedded",
                description = "use the embedded development PostgreSQL in .schemasync/, even in CI or a deployment"
                        + " environment (where a missing database is otherwise an error)")
        boolean embedded;

        static Url of(String url, boolean embedded) {
            Url u = new Url();
            u.url = url;
            u.embedded = embedded;
            return u;
        }
    }

    static final class Color {
        @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
                description = "auto|always|never (default: ${DEFAULT-VALUE}; auto honours NO_COLOR and TERM=dumb)")
        ColorMode mode = ColorMode.AUTO;
    }

    /** The project file and the environment in it. */
    static final class ProjectFile {
        @Option(names = "--env", paramLabel = "NAME",
                description = "the environment of schemasync.yaml to use: its database (url_env) and settings "
                        + "(default: $SCHEMASYNC_ENV)")
        String env;

        @Option(names = "--project", paramLabel = "FILE",
                description = "the project file (default: schemasync.yaml in the current directory or the nearest"
                        + " one above it, up to the repository's root)")
        Path file;
    }

    /** What to do with objects in managed schemas that the YAML does not mention. */
    static final class Unmanaged {
        @Option(names = "--unmanaged", paramLabel = "keep|drop",
                description = "keep: report and leave alone (the default); drop: plan them as drops, refused without"
                        + " --allow-destructive (default: unmanaged: in schemasync.yaml, else keep)")
        Project.Unmanaged mode;

        @Option(names = "--prune", description = "the same as --unmanaged drop")
        boolean prune;

        /** Null when neither option was given. */
        Project.Unmanaged chosen() {
            if (prune && mode == Project.Unmanaged.KEEP) {
                throw new UsageException("--prune and --unmanaged keep contradict each other: give one of them");
            }
            return prune ? Project.Unmanaged.DROP : mode;
        }
    }

    static final class Verbose {
        @Option(names = {"-v", "--verbose"}, description = "also list the objects that are in sync")
        boolean verbose;
    }

    /** Running over the targets of a fleet environment (targets: or tenant_schemas: in schemasync.yaml). */
    static final class Fleet {
        @Option(names = "--concurrency", paramLabel = "N", description = "fleet: how many targets run at once"
                + " (default: 4)")
        Integer concurrency;

        @Option(names = "--canary", paramLabel = "K", description = "fleet: run the first K targets first; when one"
                + " of them fails, no other target is attempted")
        Integer canary;

        @Option(names = "--continue-on-error", description = "fleet: go on with the other targets after one fails"
                + " (default: no new target starts after a failure)")
        boolean continueOnError;

        @Option(names = "--shard", paramLabel = "I/N", description = "fleet: take targets I, I+N, I+2N, ... of the"
                + " fleet's stable order (1 <= I <= N), for a CI matrix or a Kubernetes indexed Job")
        String shard;

        @Option(names = "--report", paramLabel = "FILE", description = "fleet: write a JSON report of every target"
                + " (fingerprints before and after, plan summary, outcome, error, timing)")
        Path report;

        /** Whether any fleet option was given (they need a fleet environment). */
        String given() {
            if (concurrency != null) return "--concurrency";
            if (canary != null) return "--canary";
            if (continueOnError) return "--continue-on-error";
            if (shard != null) return "--shard";
            if (report != null) return "--report";
            return null;
        }
    }
}
