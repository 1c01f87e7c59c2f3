package io.schemasync.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty database of its own for one test, dropped after it. It is taken from the server's
 * {@link DatabasePool} when first used, so a test that ends before it needs the database (a case refused before
 * it applies) costs no CREATE DATABASE.
 */
public final class TestDatabase {
    private final TestServer server;
    private String name;

    TestDatabase(TestServer server) {
        this.server = server;
    }

    private TestDatabase(TestServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public synchronized String name() {
        if (name == null) {
            try {
                name = server.pool().take();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
            }
        }
        return name;
    }

    public String jdbcUrl() {
        return server.urlFor(name());
    }

    /**
     * The {@code postgres://} URL of this database, as DATABASE_URL would hold it (the password, if any,
     * percent-encoded), for tests that run the command line.
     */
    public String postgresUrl() {
        java.util.Properties p = org.postgresql.Driver.parseURL(jdbcUrl(), null);
        String secret = password() == null ? ""
                : ":" + java.net.URLEncoder.encode(password(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "postgres://" + user() + secret + "@" + p.getProperty("PGHOST") + ":" + p.getProperty("PGPORT") + "/"
                + name();
    }

    public String user() {
        return server.user();
    }

    /** Null when the server needs none. */
    public String password() {
        return server.password();
    }

    /** The server's major version (13..18). */
    public int major() {
        return server.major();
    }

    public Connection connect() throws SQLException {
        return server.connect(jdbcUrl());
    }

    /** Runs SQL in autocommit; a script of several statements separated by semicolons is fine. */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A new database cloned from this one ({@code CREATE DATABASE ... TEMPLATE}), for tests that need many copies
     * of one starting state. Nobody may be connected to this database meanwhile. The caller drops the copy.
     */
    public TestDatabase copy(String suffix) throws SQLException {
        String copy = name() + "_" + suffix;
        server.admin("CREATE DATABASE " + copy + " TEMPLATE " + name());
        return new TestDatabase(server, copy);
    }

    /** Drops this database, ending the sessions still connected to it. */
    public synchronized void drop() throws SQLException {
        if (name != null) server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public synchronized String toString() {
        return name == null ? "a test database (not created yet)" : "database " + name;
    }
}
