package io.schemasync.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The development PostgreSQL used when no database is configured: zonky's embedded server with its data kept in
 * {@code <state>/pgdata}, so that {@code apply} and then {@code plan} see the same database. The port is chosen
 * once and stored in {@code <state>/port}.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path state) throws IOException {
        Files.createDirectories(state.resolve("pg"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(state.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(state.resolve("pg").toFile())
                .setPort(port(state.resolve("port")))
                .setPGStartupWait(STARTUP_WAIT)
                .start();
        return new EmbeddedDatabase(postgres);
    }

    ConnectionSpec spec() {
        return new ConnectionSpec(List.of(new ConnectionSpec.HostPort("localhost", postgres.getPort())),
                "postgres", "postgres", null, Map.of());
    }

    /** The stored port, or a new free one when there is none yet or something else took it. */
    private static int port(Path file) throws IOException {
        if (Files.exists(file)) {
            int stored = Integer.parseInt(Files.readString(file).strip());
            if (isFree(stored)) return stored;
        }
        int port = freePort();
        Files.writeString(file, port + "\n");
        return port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }
}
