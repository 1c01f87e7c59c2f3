package io.schemasync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dependencies point one way (STYLE.md, "Layout"): load → catalog → canonical → diff → plan → render / apply.
 * Every package's allowed imports are spelled out — of our packages and of libraries (java.* is always allowed) —
 * so a new arrow, or a library where it does not belong, fails here: model, sql, kinds, diff, plan and render are
 * pure (no JDBC, jOOQ, Jackson or picocli); nothing but cli knows picocli; the plan command's packages (dryrun,
 * canonical) never import apply.
 */
class DependenciesTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("sql", Set.of()),
            Map.entry("kinds", Set.of("model", "sql")),
            Map.entry("load", Set.of("model", "sql", "kinds", "com.fasterxml", "org.yaml")),
            Map.entry("catalog", Set.of("model", "kinds", "org.jooq")),
            Map.entry("diff", Set.of("model", "sql", "kinds")),
            Map.entry("plan", Set.of("diff", "model", "sql", "kinds")),
            Map.entry("render", Set.of("plan", "diff", "model", "sql")),
            Map.entry("server", Set.of("catalog", "model", "plan", "sql", "org.postgresql")),
            Map.entry("canonical", Set.of("catalog", "diff", "kinds", "model", "plan", "server", "sql")),
            Map.entry("dryrun", Set.of("canonical", "catalog", "diff", "model", "plan", "server", "sql")),
            Map.entry("apply", Set.of("canonical", "catalog", "diff", "dryrun", "model", "plan", "server", "sql")),
            Map.entry("fleet", Set.of("apply", "dryrun", "model", "plan", "server")),
            Map.entry("cli", Set.of("apply", "catalog", "dryrun", "fleet", "load", "model", "plan", "render", "server", "sql",
                    "com.fasterxml.jackson", "io.zonky", "org.jline", "org.postgresql", "picocli")));

    @Test
    void everyPackageIsListed() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/io/schemasync"))) {
            Set<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(Collectors.toSet());
            assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(packages));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void importsOnlyWhatItMay(String pkg) throws IOException {
        Set<String> allowed = ALLOWED.get(pkg);
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/schemasync", pkg))) {
            List<String> offending = files.flatMap(DependenciesTest::imports)
                    .filter(i -> !i.imported().startsWith("java."))
                    .filter(i -> !allowedImport(pkg, allowed, i.imported()))
                    .map(i -> i.file() + ": " + i.imported()).toList();
            assertEquals(List.of(), offending, pkg + " may import only " + new TreeSet<>(allowed));
        }
    }

    static Stream<String> packages() {
        return ALLOWED.keySet().stream().sorted();
    }

    @Test
    void theRuleCatchesAnArrowTheOtherWay() {
        assertFalse(allowedImport("load", ALLOWED.get("load"), "io.schemasync.plan.Planner"));
        assertFalse(allowedImport("plan", ALLOWED.get("plan"), "org.jooq.DSLContext"));
        assertFalse(allowedImport("dryrun", ALLOWED.get("dryrun"), "io.schemasync.apply.SchemaSync"));
        assertTrue(allowedImport("plan", ALLOWED.get("plan"), "io.schemasync.plan.Step"));
        assertTrue(allowedImport("load", ALLOWED.get("load"), "com.fasterxml.jackson.core.JsonParser"));
    }

    private static boolean allowedImport(String pkg, Set<String> allowed, String imported) {
        if (imported.startsWith("io.schemasync.")) {
            String target = imported.substring("io.schemasync.".length()).split("\\.")[0];
            return target.equals(pkg) || allowed.contains(target);
        }
        return allowed.stream().filter(DependenciesTest::isLibrary).anyMatch(lib -> imported.startsWith(lib + "."));
    }

    /** Our packages are single words; libraries are named by a prefix with a dot, or "picocli". */
    private static boolean isLibrary(String name) {
        return name.contains(".") || name.equals("picocli");
    }

    private record Import(String file, String imported) {}

    private static Stream<Import> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith("import "))
                    .map(line -> new Import(file.getFileName().toString(),
                            line.replaceFirst("^import (static )?", "").replaceFirst(";.*$", "").strip()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
