package io.schemasync.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line run in-process, with captured output. */
class MainTest {
    record Result(int code, String out, String err) {}

    static Result run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void helpAndVersionGoToStdoutAndSucceed() {
        Result help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("introspect"), help.out());
        assertTrue(help.out().contains("Exit codes"), help.out());
        Result version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("schemasync"), version.out());
        assertEquals(0, run("apply", "--help").code());
        Result helpPlan = run("help", "plan");
        assertEquals(0, helpPlan.code(), helpPlan.err());
        assertTrue(helpPlan.out().startsWith("Usage: schemasync plan"), helpPlan.out());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run().code(), "no command");
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("plan", "--bogus").code());
        assertEquals(2, run("plan", "--format", "xml").code());
        assertEquals(2, run("plan", "--color", "sometimes").code());
        assertEquals(2, run("apply", "--lock-timeout", "soon").code());
        assertEquals(2, run("introspect", "-o", "-", "--split").code());
        Result bad = run("plan", "--bogus");
        assertTrue(bad.err().contains("Unknown option: '--bogus'"), bad.err());
        assertTrue(bad.err().contains("schemasync plan --help"), bad.err());
        assertEquals("", bad.out());
    }

    @Test
    void aNearMissIsNamed() {
        Result option = run("introspect", "--schema", "public");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("Unknown options: '--schema', 'public'; did you mean --schemas?"), option.err());
        Result command = run("plna");
        assertEquals(2, command.code());
        assertTrue(command.err().contains("error: unknown command 'plna'; did you mean plan?"), command.err());
        assertEquals(2, command.err().lines().count(), command.err());
        assertFalse(run("plan", "--bogus").err().contains("did you mean"), "nothing near --bogus");
        assertFalse(run("frobnicate").err().contains("did you mean"), "nothing near frobnicate");
        assertTrue(run("apply", "--allow-destruct").err().contains("; did you mean --allow-destructive?"));
        assertTrue(run("apply", "--batchsize", "3").err().contains("; did you mean --batch-size?"));
    }

    @Test
    void aMissingSchemaDirectoryIsAUsageError(@TempDir Path dir) {
        Result result = run("validate", "-s", dir.resolve("nowhere").toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("does not exist"), result.err());
    }

    @Test
    void anUnsupportedUrlIsAUsageError() {
        Result result = run("introspect", "-o", "-", "--url", "mysql://root:topsecret@db/app");
        assertEquals(2, result.code());
        assertFalse((result.out() + result.err()).contains("topsecret"), result.err());
    }

    @Test
    void aConnectionFailureIsOneLineWithoutThePassword() throws IOException {
        int closedPort = closedPort();
        String url = "postgres://app:s3cr%40t%2Fpw@127.0.0.1:" + closedPort + "/app";
        Result result = run(Map.of("DATABASE_URL", url), "introspect", "-o", "-");
        assertEquals(1, result.code());
        assertTrue(result.err().startsWith("cannot connect to postgres://app:*****@127.0.0.1:" + closedPort + "/app: "),
                result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        for (String leak : new String[] {"s3cr@t/pw", "s3cr%40t%2Fpw", "s3cr"}) {
            assertFalse((result.out() + result.err()).contains(leak), result.err());
        }
    }

    @Test
    void validateReportsDiagnosticsWithPositionsAndExits2(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), """
                schemas:
                  public:
                    tables:
                      users:
                        colums:
                          id: { type: bigint }
                """);
        Result result = run("validate", "-s", dir.toString());
        assertEquals(2, result.code(), result.err());
        assertTrue(result.err().contains("broken.yaml:5:"), result.err());
    }

    @Test
    void validateCountsWhatItFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("shop.yaml"), """
                schemas:
                  public:
                    enums:
                      status: [new, done]
                    tables:
                      users:
                        columns:
                          id: { type: bigint, identity: always }
                        primary_key: [id]
                """);
        Result result = run("validate", "-s", dir.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("valid: 1 table, 1 enum, 0 sequences in 1 schema (1 file)\n", result.out());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
