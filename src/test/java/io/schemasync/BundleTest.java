package io.schemasync;

import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The install bundle, unpacked as a user would have it, run as a separate process through bin/schemasync: the
 * launcher, lib/ and the descriptor together. `./mvnw test` runs before the package phase builds the archives, so
 * {@link BundleLayout} lays the bundle out from src/assembly/bundle.xml itself (the same files, fresh from this
 * build) rather than trusting an archive left by an earlier build.
 */
@PostgresTest
class BundleTest {
    private static final String VERSION = property("schemasync.project.version");
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  customer:
                    columns:
                      id:    { type: bigint, identity: always }
                      email: { type: text, nullable: false }
                    primary_key: [id]
            """;

    @TempDir
    static Path root;
    private static Path home;

    record Result(int code, String out, String err) {}

    @BeforeAll
    static void layOut() throws Exception {
        Path build = Path.of(property("schemasync.project.buildDirectory"));
        Path listing = Path.of(property("schemasync.project.runtimeClasspath"));
        assertTrue(Files.isRegularFile(listing), listing + " is written by the pom's dependency plugin: run through Maven");
        List<Path> classpath = Arrays.stream(Files.readString(listing).strip().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        var project = new BundleLayout.Project(Path.of("").toAbsolutePath(), build,
                property("schemasync.project.finalName"), VERSION, classpath);
        home = BundleLayout.assemble(project, Path.of("src/assembly/bundle.xml"), root.resolve("unpacked"));
    }

    @Test
    void theBundleHoldsTheLauncherTheJarsAndTheDocs() {
        assertTrue(Files.isExecutable(home.resolve("bin/schemasync")));
        assertTrue(Files.isRegularFile(home.resolve("lib/schemasync-" + VERSION + ".jar")));
        // picocli is compiled from its sources with ours (its jar's Java 5 classes cannot go in a class cache).
        assertFalse(hasJar("picocli-"), "picocli's classes are in schemasync's jar");
        assertTrue(hasJar("postgresql-"), "pgjdbc");
        assertFalse(hasJar("junit-"), "test jars stay out of lib/");
        assertFalse(hasJar("picocli-codegen-"), "build-time jars stay out of lib/");
        assertTrue(Files.isRegularFile(home.resolve("docs/schemasync.schema.json")));
        assertTrue(Files.isRegularFile(home.resolve("docs/commands.md")));
    }

    @Test
    void planThroughTheLauncherAgainstARealDatabase(TestDatabase db, @TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("schema/app.yaml"), SCHEMA);
        Map<String, String> env = Map.of("DATABASE_URL", url(db));

        Result plan = run(project, env, "plan");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("table public.customer"), plan.out());
        assertTrue(plan.out().contains("1 to create"), plan.out());
        assertFalse(plan.out().contains("\u001b["), "no colour on a pipe: " + plan.out());

        assertEquals(3, run(project, env, "plan", "--exit-code").code(), "drift");
        Result apply = run(project, env, "apply");
        assertEquals(0, apply.code(), apply.out() + apply.err());
        Result again = run(project, env, "plan", "--exit-code");
        assertEquals(0, again.code(), again.out() + again.err());
    }

    @Test
    void versionAndHelpThroughASymlinkedLauncher(@TempDir Path prefix) throws Exception {
        Path link = Files.createDirectories(prefix.resolve("bin")).resolve("schemasync");
        Files.createSymbolicLink(link, home.resolve("bin/schemasync"));

        Result version = run(link, prefix, Map.of(), "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("schemasync "), version.out());
        assertTrue(version.out().contains("java:"), version.out());
        assertEquals("", version.err());

        Result help = run(link, prefix, Map.of(), "help", "plan");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Usage: schemasync plan"), help.out());
    }

    /**
     * `prepare` makes the class cache in the install itself, without a database; a later run maps it — also when the
     * install has moved to another directory (JDK 25 matches the class path by its common prefix), as a slug built
     * in one directory runs from another. {@code -XX:AOTMode=on} / {@code -Xshare:on} make the JVM fail when it
     * cannot use the cache, so exit 0 proves that the cache is used.
     */
    @Test
    void prepareMakesACacheThatRunsUseWhereverTheInstallMoves(@TempDir Path work) throws Exception {
        Path built = copyTree(home, work.resolve("build/schemasync"));
        Path xdg = Files.createDirectories(work.resolve("xdg"));
        Result prepare = run(built.resolve("bin/schemasync"), work, Map.of("XDG_CACHE_HOME", xdg.toString()), "prepare");
        assertEquals(0, prepare.code(), prepare.out() + prepare.err());
        assertTrue(prepare.out().startsWith("schemasync prepare: " + built.resolve("cache")), prepare.out());
        assertEquals("", prepare.err());
        boolean aot = Runtime.version().feature() >= 25;
        try (var files = Files.list(built.resolve("cache"))) {
            assertEquals(List.of(aot ? ".aot" : ".jsa"), files.map(f -> f.getFileName().toString())
                    .map(n -> n.substring(n.lastIndexOf('.'))).toList());
        }
        assertFalse(hasFiles(xdg), "prepare writes only into the install");

        Path where = aot ? copyTree(built, work.resolve("app/schemasync")) : built;
        Map<String, String> strict = Map.of("SCHEMASYNC_JAVA_OPTS", aot ? "-XX:AOTMode=on" : "-Xshare:on");
        Result version = run(where.resolve("bin/schemasync"), work, strict, "--version");
        assertEquals(0, version.code(), version.out() + version.err());
        assertTrue(version.out().startsWith("schemasync "), version.out());
        assertEquals("", version.err());
        Result help = run(where.resolve("bin/schemasync"), work, strict, "help", "plan");
        assertEquals(0, help.code(), help.err());

        assertEquals(2, run(built.resolve("bin/schemasync"), work, Map.of(), "prepare", "now").code());
    }

    /** A copy that keeps the files' modification times, as tar and a slug do (the class cache checks them). */
    private static Path copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }

    /** A JAVA_HOME older than 21 is passed over: another java is taken, or the launcher says which it rejected. */
    @Test
    void anOldJavaHomeIsNeverUsed(@TempDir Path old) throws Exception {
        Path marker = old.resolve("ran");
        Path java = Files.createDirectories(old.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\ntouch '" + marker + "'\necho 'openjdk version \"17.0.2\"' >&2\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");

        Result result = run(home.resolve("bin/schemasync"), old, Map.of("JAVA_HOME", old.toString()), "--version");
        assertFalse(Files.exists(marker), "the launcher ran the Java 17 of JAVA_HOME");
        if (result.code() != 0) {
            assertEquals(1, result.code(), result.err());
            assertTrue(result.err().contains(java + " (Java 17, JAVA_HOME)"), result.err());
            assertTrue(result.err().contains("needs Java 21 or newer"), result.err());
        }
    }

    private static Result run(Path workDir, Map<String, String> env, String... args) throws Exception {
        return run(home.resolve("bin/schemasync"), workDir, env, args);
    }

    /** Runs the launcher with this JVM's Java (>= 21), a cache of its own, and no database from the environment. */
    private static Result run(Path launcher, Path workDir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> k.startsWith("PG") || k.equals("DATABASE_URL") || k.startsWith("SCHEMASYNC_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("XDG_CACHE_HOME", root.resolve("cache").toString());
        environment.putAll(env);
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("bin/schemasync " + String.join(" ", args) + " did not finish in 120 s: " + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String url(TestDatabase db) {
        Properties p = org.postgresql.Driver.parseURL(db.jdbcUrl(), null);
        String password = db.password() == null ? "" : ":" + URLEncoder.encode(db.password(), StandardCharsets.UTF_8);
        return "postgres://" + db.user() + password + "@" + p.getProperty("PGHOST") + ":" + p.getProperty("PGPORT")
                + "/" + db.name();
    }

    private static boolean hasJar(String prefix) {
        try (var files = Files.list(home.resolve("lib"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) throw new IllegalStateException(name + " is set by the pom's surefire"
                + " configuration: run the test through Maven (scripts/test -Dtest=BundleTest)");
        return value;
    }
}
