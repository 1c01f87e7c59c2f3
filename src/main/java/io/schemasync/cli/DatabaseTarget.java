package io.schemasync.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

    static DatabaseTarget open(String urlOption, Cli cli) throws ConnectException {
        var configured = ConnectionSpec.resolve(urlOption, cli.env());
        if (configured.isPresent()) {
            cli.redactor().add(configured.get().password());
            return new DatabaseTarget(configured.get(), null, connect(configured.get(), cli.redactor()));
        }
        return openEmbedded(cli);
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
                    + redactor.scrub(io.schemasync.apply.SyncException.serverMessage(e)));
        }
    }

    Connection connection() {
        return connection;
    }

    /** The redacted URL that plans and messages name. */
    String label() {
        return spec.redacted();
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
