package io.schemasync.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives a test (or a lifecycle method) a {@link TestDatabase}: a new database on the JVM's one real PostgreSQL
 * server (see {@link TestServer}), dropped when the test's scope ends. The major version comes from the system
 * property {@code schemasync.test.pgVersion} (13..18, set by the pom's pg13..pg18 profiles).
 */
public final class PostgresExtension implements ParameterResolver {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The pid keeps JVMs that share one server through SCHEMASYNC_TEST_URL apart. */
    private static final long PID = ProcessHandle.current().pid();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestServer server = TestServer.get();
        String name = "t_" + PID + "_" + COUNTER.incrementAndGet();
        try {
            server.admin("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new ParameterResolutionException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        context.getStore(ExtensionContext.Namespace.create(PostgresExtension.class, name))
                .put(name, new Dropper(server, name));
        return new TestDatabase(server, name);
    }

    /** Closed by JUnit when the scope that asked for the database ends. */
    private record Dropper(TestServer server, String name) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            // WITH (FORCE) (PostgreSQL 13) ends connections a test left open instead of failing the drop.
            server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
