package io.schemasync.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives a test (or a lifecycle method) a {@link TestDatabase}: a new database on the JVM's one real PostgreSQL
 * server (see {@link TestServer}), made when the test first uses it and dropped when the test's scope ends. The major version comes from the system
 * property {@code schemasync.test.pgVersion} (13..18, set by the pom's pg13..pg18 profiles).
 */
public final class PostgresExtension implements ParameterResolver {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase db = new TestDatabase(TestServer.get());
        String key = "db" + COUNTER.incrementAndGet();
        context.getStore(ExtensionContext.Namespace.create(PostgresExtension.class, key)).put(key, new Dropper(db));
        return db;
    }

    /** Closed by JUnit when the scope that asked for the database ends. */
    private record Dropper(TestDatabase db) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            // WITH (FORCE) (PostgreSQL 13) ends connections a test left open instead of failing the drop.
            db.drop();
        }
    }
}
