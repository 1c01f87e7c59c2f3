package io.schemasync.proofs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.schemasync.cli.Main;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile command lines (src/test/resources/proofs/hostile-cli.yaml): each exits 2 (1 when only the connection
 * fails) with one line that says what is wrong, no stack trace, nothing on stdout, no piece of the password, and
 * the database exactly as it was. Together with the hostile schema cases of the acceptance suite
 * (cases/hostile/, which AcceptanceTest runs with their canary) they make the hostile-input corpus.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCliTest {
    private static final Path CASES = Path.of("src/test/resources/proofs/hostile-cli.yaml");
    private static final Path SCHEMA_CASES = Path.of("src/test/resources/cases/hostile");
    /** Lines allowed besides the one that says what is wrong: usage hints, counts, the project file in use. */
    private static final Pattern FOLLOW_UP = Pattern.compile("Run 'schemasync( [a-z]+)? --help' for usage\\.|"
            + "invalid schema: \\d+ problems?|using environment \\w+ \\(\\S*schemasync\\.yaml\\)(, protected)?");
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at |\\b(java|javax|org|com|io|picocli)\\.[a-z]+"
            + "(\\.[A-Za-z]+)*\\.[A-Z][A-Za-z]*(Exception|Error)\\b|Caused by:");
    private static final int PIECE = 3;
    private static final String VALID = """
            schemas:
              public:
                tables:
                  victim_created:
                    columns:
                      id: { type: bigint }
            """;

    record Case(String name, List<String> args, Map<String, String> env, Map<String, String> files, int exit,
                String says, String secret, int lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    private TestDatabase db;
    /** One session for reading the database's state around every run (a connection per read would double the time). */
    private Connection watch;
    private String server;
    private String closed;
    private final Map<String, Integer> groups = new TreeMap<>();
    private int runs;

    @BeforeAll
    void plant(TestDatabase db) throws Exception {
        this.db = db;
        Properties p = org.postgresql.Driver.parseURL(db.jdbcUrl(), null);
        server = p.getProperty("PGHOST") + ":" + p.getProperty("PGPORT");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "127.0.0.1:" + socket.getLocalPort();
        }
        db.execute("CREATE TABLE victim (id int PRIMARY KEY); INSERT INTO victim SELECT generate_series(1, 3);"
                + " CREATE SEQUENCE victim_seq; SELECT setval('victim_seq', 42)");
        watch = db.connect();
    }

    static Stream<Case> cases() throws IOException {
        List<Map<String, Object>> raw = new ObjectMapper(new YAMLFactory()).readValue(CASES.toFile(),
                new TypeReference<>() {});
        return raw.stream().map(HostileCliTest::toCase);
    }

    @SuppressWarnings("unchecked")
    private static Case toCase(Map<String, Object> m) {
        return new Case((String) m.get("name"), (List<String>) m.get("args"),
                (Map<String, String>) m.getOrDefault("env", Map.of()),
                (Map<String, String>) m.get("files"), (Integer) m.get("exit"), (String) m.get("says"),
                (String) m.get("secret"), (Integer) m.getOrDefault("lines", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedCleanly(Case c, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("valid.yaml"), VALID);
        Path files = dir.resolve("files");
        if (c.files() != null) {
            Files.createDirectories(files);
            for (var f : c.files().entrySet()) Files.writeString(files.resolve(f.getKey()), expand(f.getValue(), dir));
        }
        List<List<String>> commands = new ArrayList<>();
        if (c.args() != null) commands.add(c.args().stream().map(a -> expand(a, dir)).toList());
        else {
            commands.add(List.of("validate", "-s", files.toString()));
            commands.add(List.of("apply", "--url", db.postgresUrl(), "-s", files.toString()));
        }
        for (List<String> args : commands) {
            try {
                run(c, args, dir);
            } finally {
                try (var st = watch.createStatement()) {
                    st.execute("DROP TABLE IF EXISTS victim_created"); // what a case that got through made
                }
            }
        }
        groups.merge(group(c), 1, Integer::sum);
    }

    /** For the figures: what kind of input a case is. */
    private static String group(Case c) {
        List<String> projectFlags = List.of("--project", "--plan", "--env", "--confirm", "--unmanaged");
        if (c.args() != null && (c.args().contains("history") || c.args().stream().anyMatch(projectFlags::contains))) {
            return "project file, saved plans, history";
        }
        if (c.files() != null) return "schema files";
        if (!c.env().isEmpty()) return "environment";
        if (c.args().contains("--lock-timeout") || c.args().stream().anyMatch(a -> a.startsWith("--lock-timeout="))) {
            return "durations";
        }
        if (c.args().stream().anyMatch(a -> a.contains("://") && !a.equals("{url}"))) return "URLs";
        return "flags";
    }

    private void run(Case c, List<String> args, Path dir) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("CI", "true");
        env.put("SCHEMASYNC_DIR", dir.resolve("state").toString());
        c.env().forEach((k, v) -> env.put(k, expand(v, dir)));
        runs++;
        State before = State.read(watch);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String shown = "exit " + code + "\nstdout:\n" + stdout + "stderr:\n" + stderr;

        if (Boolean.getBoolean("schemasync.showHostile")) System.out.println("### " + c + " " + args + "\n" + shown);
        assertEquals(State.read(watch), before, c + ": the database changed\n" + shown);
        assertEquals(c.exit(), code, c + ": exit code\n" + shown);
        assertEquals("", stdout, c + ": nothing on stdout\n" + shown);
        assertFalse(STACK_TRACE.matcher(stderr).find(), c + ": a stack trace or exception class\n" + shown);
        List<String> lines = stderr.lines().toList();
        assertFalse(lines.isEmpty(), c + ": says nothing\n" + shown);
        assertEquals(c.lines(), lines.stream().filter(l -> !FOLLOW_UP.matcher(l).matches()).count(),
                c + ": lines that say what is wrong\n" + shown);
        assertTrue(lines.stream().allMatch(l -> l.chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\t')),
                c + ": a control character was printed\n" + shown);
        String first = lines.stream().filter(l -> !FOLLOW_UP.matcher(l).matches()).findFirst().orElse("");
        if (c.says() != null) {
            assertTrue(first.contains(c.says()), c + ": the line must say \"" + c.says() + "\"\n" + shown);
        }
        if (c.secret() != null) noPieceOf(c, c.secret(), stdout + stderr, shown);
    }

    /**
     * No run of {@value #PIECE} characters of the secret appears (runs of punctuation alone, like "://", are
     * everywhere and say nothing), nor its percent-encoded form.
     */
    private static void noPieceOf(Case c, String secret, String output, String shown) {
        for (int i = 0; i + PIECE <= secret.length(); i++) {
            String piece = secret.substring(i, i + PIECE);
            if (piece.chars().noneMatch(Character::isLetterOrDigit)) continue;
            assertFalse(output.contains(piece), c + ": a piece of the password (\"" + piece + "\") was printed\n" + shown);
        }
        String encoded = java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
        assertFalse(output.contains(encoded), c + ": the password, percent-encoded, was printed\n" + shown);
    }

    private String expand(String text, Path dir) {
        return text.replace("{url}", db.postgresUrl()).replace("{server}", server).replace("{closed}", closed)
                .replace("{dir}", dir.resolve("files").toString()).replace("{valid}", dir.resolve("valid.yaml").toString())
                .replace("{long63}", "t" + "x".repeat(63)).replace("{long}", "k".repeat(10_000))
                .replace("{deep}", "schemas: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    }

    @AfterAll
    void report() throws IOException, SQLException {
        watch.close();
        int schemaCases;
        try (Stream<Path> dirs = Files.list(SCHEMA_CASES)) {
            schemaCases = (int) dirs.filter(Files::isDirectory).count();
        }
        int cases = groups.values().stream().mapToInt(Integer::intValue).sum();
        Figures.report("hostile", List.of(cases + " hostile command lines " + groups + ", " + runs + " runs, and "
                        + schemaCases + " hostile schema cases (cases/hostile, run by AcceptanceTest): " + (cases
                        + schemaCases) + " cases",
                "each: exit 2 (1 when only the connection fails), one line that says what is wrong, no stack trace,"
                        + " nothing on stdout, no piece of a password, the database unchanged"));
    }

    /** What a command line could change: the public tables and their rows, the sequence, schemas, locks. */
    private record State(List<String> relations, List<String> victim, List<String> other) {
        static State read(Connection c) throws SQLException {
            return new State(
                    Fingerprint.strings(c, "SELECT n.nspname || '.' || c.relname || ' ' || c.relkind::text FROM pg_class c"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN"
                            + " ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1"),
                    Fingerprint.strings(c, "SELECT string_agg(id::text, ',' ORDER BY id) || ' '"
                            + " || (SELECT last_value FROM victim_seq) FROM victim"),
                    // The test server's other databases, but not the pool's (t_<pid>_<n>): other tests' come and go
                    // beside this one (made ahead and dropped on a background thread).
                    Fingerprint.strings(c, "SELECT 'database ' || datname FROM pg_database"
                            + " WHERE datname !~ '^t_[0-9]+_[0-9]+$' OR datname = current_database() UNION ALL"
                            + " SELECT 'lock ' || locktype FROM pg_locks WHERE locktype = 'advisory' ORDER BY 1"));
        }
    }
}
