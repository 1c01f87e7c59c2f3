package io.schemasync.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionResolveTest {
    private static final Map<String, String> LIBPQ = Map.of("PGHOST", "pg.local", "PGPORT", "6432",
            "PGDATABASE", "shop", "PGUSER", "shopper", "PGPASSWORD", "pw", "PGSSLMODE", "verify-full");

    private static String resolved(String url, Map<String, String> env) {
        return ConnectionSpec.resolve(url, env).map(ConnectionSpec::redacted).orElse("embedded");
    }

    @Test
    void theUrlOptionComesFirst() {
        Map<String, String> env = with(LIBPQ, "DATABASE_URL", "postgres://env@envhost/envdb");
        assertEquals("postgres://cli@clihost:5432/clidb", resolved("postgres://cli@clihost/clidb", env)
                .replace(":*****", ""));
    }

    @Test
    void thenDatabaseUrl() {
        Map<String, String> env = with(LIBPQ, "DATABASE_URL", "postgres://env:x@envhost/envdb");
        assertEquals("postgres://env:*****@envhost:5432/envdb", resolved(null, env));
    }

    @Test
    void thenTheLibpqVariables() {
        ConnectionSpec spec = ConnectionSpec.resolve(null, LIBPQ).orElseThrow();
        assertEquals("postgres://shopper:*****@pg.local:6432/shop", spec.redacted());
        assertEquals("pw", spec.password());
        assertEquals("verify-full", spec.parameters().get("sslmode"));
    }

    @Test
    void pgdatabaseAloneMeansLocalhost() {
        assertEquals("postgres://u@localhost:5432/shop", resolved(null, Map.of("PGDATABASE", "shop", "PGUSER", "u")));
    }

    @Test
    void pguserOrPgpasswordAloneIsNotAConfiguration() {
        assertEquals("embedded", resolved(null, Map.of("PGUSER", "u", "PGPASSWORD", "p")));
        assertEquals("embedded", resolved("", Map.of("DATABASE_URL", "  ")));
        assertEquals(Optional.empty(), ConnectionSpec.resolve(null, Map.of()));
    }

    @Test
    void pgpasswordCompletesAUrlWithoutOne() {
        ConnectionSpec spec = ConnectionSpec.resolve(null,
                Map.of("DATABASE_URL", "postgres://app@db/app", "PGPASSWORD", "fromenv")).orElseThrow();
        assertEquals("fromenv", spec.password());
        ConnectionSpec own = ConnectionSpec.resolve("postgres://app:own@db/app", Map.of("PGPASSWORD", "x")).orElseThrow();
        assertEquals("own", own.password());
    }

    @Test
    void aUnixSocketPghostIsExplained() {
        UsageException e = assertThrows(UsageException.class,
                () -> ConnectionSpec.resolve(null, Map.of("PGHOST", "/var/run/postgresql")));
        assertTrue(e.getMessage().contains("PGHOST=localhost"), e.getMessage());
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        var copy = new java.util.HashMap<>(env);
        copy.put(key, value);
        return copy;
    }
}
