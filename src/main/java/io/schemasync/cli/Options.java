package io.schemasync.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Option groups shared by several commands (picocli mixins). */
final class Options {
    private Options() {}

    static final class SchemaPaths {
        @Option(names = {"-s", "--schema"}, paramLabel = "PATH", defaultValue = "schema/",
                description = "YAML schema directory or file; repeatable (default: ${DEFAULT-VALUE})")
        List<Path> paths = new ArrayList<>();
    }

    static final class Url {
        @Option(names = "--url", paramLabel = "URL",
                description = "postgres://user:pass@host:port/db?sslmode=require or jdbc:postgresql://...; "
                        + "default: $DATABASE_URL, then the libpq variables (PGHOST, PGDATABASE, ...), "
                        + "then the embedded development PostgreSQL (never in CI or a deployment: see --embedded)")
        String url;

        @Option(names = "--embedded",
                description = "use the embedded development PostgreSQL in .schemasync/, even in CI or a deployment"
                        + " environment (where a missing database is otherwise an error)")
        boolean embedded;
    }

    static final class Color {
        @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
                description = "auto|always|never (default: ${DEFAULT-VALUE}; auto honours NO_COLOR and TERM=dumb)")
        ColorMode mode = ColorMode.AUTO;
    }
}
