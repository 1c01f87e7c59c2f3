package io.schemasync.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** render is pure: it knows nothing of JDBC, jOOQ, Jackson or picocli (STYLE.md, "Layout"). */
class DependenciesTest {
    private static final List<String> FORBIDDEN =
            List.of("java.sql", "javax.sql", "org.jooq", "com.fasterxml", "picocli", "org.postgresql");

    @Test
    void renderImportsNoInfrastructure() throws IOException {
        Path dir = Path.of("src/main/java/io/schemasync/render");
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath().toString());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> offending = files.flatMap(DependenciesTest::imports)
                    .filter(line -> FORBIDDEN.stream().anyMatch(line::contains)).toList();
            assertEquals(List.of(), offending);
        }
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith("import "))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
