package io.schemasync.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The figures docs/reliability.md quotes, printed by the tests that produce them ({@code reliability: ...} on
 * stdout) and kept in {@code target/reliability/<topic>.txt}, one file per proof, rewritten by each run.
 */
public final class Figures {
    private static final Path DIR = Path.of("target/reliability");

    private Figures() {}

    public static void report(String topic, List<String> lines) {
        String header = topic + " (" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", PostgreSQL "
                + System.getProperty("schemasync.test.pgVersion", "17") + ")";
        System.out.println("reliability: " + header);
        lines.forEach(line -> System.out.println("reliability:   " + line));
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(topic + ".txt"), header + "\n" + String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
