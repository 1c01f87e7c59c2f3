package io.schemasync.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh, empty database of its own for one test, dropped after it. */
public final class TestDatabase {
    private final TestServer server;
    private final String name;

    TestDatabase(TestServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.urlFor(name);
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

    @Override
    public String toString() {
        return "database " + name;
    }
}
