package io.schemasync;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast lane ({@code scripts/test -Pfast}) runs every test not tagged "postgres". A test that reaches a server
 * (a TestDatabase parameter, the TestServer, or the embedded development database, directly or through the CLI
 * with SCHEMASYNC_DIR) without {@code @PostgresTest} would slip into it, take seconds and fail where there is no
 * server: this test names such files.
 */
class DatabaseTagsTest {
    private static final Path TESTS = Path.of("src/test/java");
    private static final List<String> MARKERS = List.of("PostgresExtension", "TestDatabase", "TestServer",
            "EmbeddedDatabase", "SCHEMASYNC_DIR");
    /** The test support itself and this test, which name the markers without using a server. */
    private static final Set<String> SUPPORT = Set.of("PostgresExtension.java", "PostgresTest.java",
            "TestDatabase.java", "TestServer.java", "DatabaseTagsTest.java");

    @Test
    void everyTestThatUsesAServerIsTagged() throws IOException {
        List<String> untagged = testSources().filter(f -> usesServer(f) && !read(f).contains("@PostgresTest"))
                .map(f -> TESTS.relativize(f) + " mentions " + MARKERS.stream().filter(read(f)::contains).toList()
                        + " but has no @PostgresTest (io.schemasync.test.PostgresTest)")
                .toList();
        assertEquals(List.of(), untagged);
    }

    @Test
    void theCheckFindsTheKnownDatabaseTests() throws IOException {
        List<String> found = testSources().filter(DatabaseTagsTest::usesServer)
                .map(f -> f.getFileName().toString()).toList();
        assertTrue(found.containsAll(List.of("AcceptanceTest.java", "SchemaSyncTest.java", "CatalogReaderTest.java",
                "EmbeddedDatabaseTest.java", "IntrospectCommandTest.java")), found.toString());
    }

    private static Stream<Path> testSources() throws IOException {
        assertTrue(Files.isDirectory(TESTS), TESTS.toAbsolutePath().toString());
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !SUPPORT.contains(f.getFileName().toString())).sorted().toList().stream();
        }
    }

    /**
     * A file of tests (helpers of tagged tests, which JUnit does not run by themselves, may name the markers) that
     * names a marker.
     */
    private static boolean usesServer(Path file) {
        String text = read(file);
        boolean tests = text.contains("@Test") || text.contains("@ParameterizedTest");
        return tests && MARKERS.stream().anyMatch(text::contains);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
