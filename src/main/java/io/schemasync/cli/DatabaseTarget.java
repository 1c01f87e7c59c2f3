package io.schemasync.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The database one command works on, open: a connection to the configured server, or to the embedded development
 * server started for this command. Closing it closes both.
 */
final class DatabaseTarget implements AutoCloseable {
    private final ConnectionSpec spec;
    private final EmbeddedDatabase embedded;
    private final Connection connection;

    private DatabaseTarget(ConnectionSpec spec, EmbeddedDatabase embedded, Connection connection) {
        this.spec = spec;
        this.embedded = embedded;
        this.connection = connection;
    }

    /** Markers of CI services and hosting platforms: there, no database configured is a mistake, not a laptop. */
    private static final List<String> DEPLOYMENT_MARKERS = List.of("CI", "GITHUB_ACTIONS", "DYNO",
            "RAILWAY_ENVIRONMENT", "RENDER", "FLY_APP_NAME", "KUBERNETES_SERVICE_HOST");

    static DatabaseTarget open(Options.Url url, Cli cli) throws ConnectException {
        if (url.embedded) {
            if (url.url != null) throw new UsageException("--embedded and --url name two databases: give one of them");
            return openEmbedded(cli);
        }
        var configured = configured(url, cli);
        if (configured.isPresent()) return configured.get();
        refuseEmbeddedOutsideDevelopment(cli.env());
        return openEmbedded(cli);
    }

    /** The database the URL options and the environment name, connected; empty when they name none. */
    private static java.util.Optional<DatabaseTarget> configured(Options.Url url, Cli cli) throws ConnectException {
        var spec = ConnectionSpec.resolve(url.url, cli.env());
        if (spec.isEmpty()) return java.util.Optional.empty();
        cli.redactor().add(spec.get().password());
        return java.util.Optional.of(new DatabaseTarget(spec.get(), null, connect(spec.get(), cli.redactor())));
    }

    /**
     * The configured database (--url, the environment's url_env, DATABASE_URL, the libpq variables), connected;
     * empty for the embedded development database and when the URL or the connection fails — the full run, which
     * reads the schema files first, reports that in its turn. For answers that need no schema files (see
     * {@code dryrun.InSync}).
     */
    static java.util.Optional<DatabaseTarget> openConfigured(Options.Url url, Cli cli) {
        if (url.embedded) return java.util.Optional.empty();
        try {
            return configured(url, cli);
        } catch (ConnectException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A release phase whose DATABASE_URL is missing must fail, not apply to a throwaway embedded database and
     * exit 0. An empty DATABASE_URL is what an unset GitHub secret gives.
     */
    static void refuseEmbeddedOutsideDevelopment(Map<String, String> env) {
        if (env.containsKey("DATABASE_URL") && env.get("DATABASE_URL").isBlank()) {
            throw new UsageException("DATABASE_URL is set but empty (an unset secret?): set it to the database's URL,"
                    + " or pass --url (--embedded uses a throwaway development database)");
        }
        DEPLOYMENT_MARKERS.stream().filter(env::containsKey).findFirst().ifPresent(marker -> {
            throw new UsageException("no database configured, and " + marker + " is set (CI or a deployment): set"
                    + " DATABASE_URL, or pass --url (--embedded uses a throwaway development database)");
        });
    }

    private static DatabaseTarget openEmbedded(Cli cli) throws ConnectException {
        cli.err().println("No database configured (--url, DATABASE_URL or PGHOST): using the embedded development "
                + "PostgreSQL in " + cli.stateDirectory() + "/");
        EmbeddedDatabase embedded = startEmbedded(cli);
        try {
            return new DatabaseTarget(embedded.spec(), embedded, connect(embedded.spec(), cli.redactor()));
        } catch (ConnectException | RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static EmbeddedDatabase startEmbedded(Cli cli) throws ConnectException {
        try {
            return EmbeddedDatabase.start(cli.stateDirectory());
        } catch (IOException | RuntimeException e) {
            throw new ConnectException("cannot start the embedded PostgreSQL in " + cli.stateDirectory() + "/: "
                    + e.getMessage() + " (is another schemasync using it? delete " + cli.stateDirectory()
                    + "/pgdata to start afresh)");
        }
    }

    private static Connection connect(ConnectionSpec spec, Redactor redactor) throws ConnectException {
        try {
            return DriverManager.getConnection(spec.jdbcUrl(), spec.properties());
        } catch (SQLException e) {
            throw new ConnectException("cannot connect to " + spec.redacted() + ": "
                    + redactor.scrub(io.schemasync.server.SyncException.serverMessage(e)));
        }
    }

    Connection connection() {
        return connection;
    }

    /**
     * A second connection to the same database, for watching what the first one does while it is busy; the
     * caller closes it. It names itself in pg_stat_activity, and a read that hangs fails after socketTimeout.
     */
    Connection another(String applicationName) throws SQLException {
        Properties properties = spec.properties();
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("socketTimeout", "10");
        return DriverManager.getConnection(spec.jdbcUrl(), properties);
    }

    /** The redacted URL that plans and messages name. */
    String label() {
        return spec.redacted();
    }

    /** A second connection to the same database, as the same role (the caller closes it). */
    Connection another() throws SQLException {
        return DriverManager.getConnection(spec.jdbcUrl(), spec.properties());
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the command's result is already decided; a failing close changes nothing for the user
        } finally {
            if (embedded != null) embedded.close();
        }
    }

    /** The database cannot be reached; the message is safe to print (no password). */
    static final class ConnectException extends Exception {
        ConnectException(String message) {
            super(message);
        }
    }
}
