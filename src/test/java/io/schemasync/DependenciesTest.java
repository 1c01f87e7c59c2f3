package io.schemasync;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dependencies point one way (STYLE.md, "Layout"): model, diff, plan and render are pure and know nothing of
 * JDBC, jOOQ, Jackson or picocli; nothing but cli knows picocli; the stages never import cli.
 */
class DependenciesTest {
    private static final String INFRASTRUCTURE = "java.sql javax.sql org.jooq com.fasterxml picocli org.postgresql io.schemasync.cli io.schemasync.apply io.schemasync.catalog io.schemasync.load";

    @ParameterizedTest(name = "{0} imports none of: {1}")
    @CsvSource({
            "model, " + INFRASTRUCTURE + " io.schemasync.diff io.schemasync.plan io.schemasync.render",
            "diff, " + INFRASTRUCTURE + " io.schemasync.plan io.schemasync.render",
            "plan, " + INFRASTRUCTURE + " io.schemasync.render",
            "render, " + INFRASTRUCTURE,
            "kinds, " + INFRASTRUCTURE + " io.schemasync.diff io.schemasync.plan io.schemasync.render",
            "sql, " + INFRASTRUCTURE + " io.schemasync.model io.schemasync.diff io.schemasync.plan io.schemasync.render",
            "load, picocli io.schemasync.cli java.sql org.jooq io.schemasync.plan io.schemasync.diff io.schemasync.apply",
            "catalog, picocli io.schemasync.cli com.fasterxml",
            "apply, picocli io.schemasync.cli com.fasterxml io.schemasync.load",
    })
    void importsPointOneWay(String pkg, String forbidden) throws IOException {
        Path dir = Path.of("src/main/java/io/schemasync", pkg);
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath().toString());
        List<String> banned = Arrays.asList(forbidden.split(" "));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> offending = files.flatMap(DependenciesTest::imports)
                    .filter(line -> banned.stream().anyMatch(b -> line.contains(" " + b + ".") || line.contains(" " + b + ";")))
                    .toList();
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
