package io.schemasync.proofs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code schemasync apply} in a JVM of its own ({@code io.schemasync.cli.Main} on this JVM's class path), stopped at
 * one statement boundary by {@code SCHEMASYNC_DEBUG_PAUSE_AT}: the crash proofs kill it there with SIGKILL
 * ({@link Process#destroyForcibly}, which is {@code kill -9} on Linux) or end its session from another one.
 */
final class ForkedApply implements AutoCloseable {
    /** What cli.DebugPause prints when it stops (it is package-private there). */
    static final String MARKER = "schemasync debug: paused at statement boundary ";

    private final Process process;
    private final Path out;
    private final Path err;

    private ForkedApply(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static ForkedApply start(Path work, String url, Path schema, int pauseAt) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                // a short-lived CLI: C1 only and the serial collector start fastest (FACTS.md)
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), "io.schemasync.cli.Main",
                "apply", "--color", "never", "--url", url, "-s", schema.toString()));
        Files.createDirectories(work);
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PG") || k.equals("DATABASE_URL"));
        env.put("SCHEMASYNC_DEBUG_PAUSE_AT", Integer.toString(pauseAt));
        return new ForkedApply(pb.start(), out, err);
    }

    /** The paused line, or null when the process ended without pausing (it ran out of boundaries). */
    String awaitPause(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = Files.readString(err, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(MARKER))
                    .findFirst().orElse(null);
            if (line != null) return line;
            if (!process.isAlive()) return null;
            Thread.sleep(20);
        }
        throw new AssertionError("the forked apply neither paused nor ended in " + timeout + ":\n" + output());
    }

    /** SIGKILL, then wait for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Lets the paused process go on. */
    void resume() throws IOException {
        try (OutputStream in = process.getOutputStream()) {
            in.write('\n');
        }
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the forked apply did not end in " + timeout);
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    String output() throws IOException {
        return "stdout:\n" + stdout() + "stderr:\n" + stderr();
    }

    @Override
    public void close() {
        if (process.isAlive()) process.destroyForcibly();
    }
}
