package io.schemasync.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schemasync.yaml: found by walking up, read strictly, environments override the file's own settings. */
class ProjectLoaderTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve(Project.FILE_NAME), text);
    }

    private List<String> errors(String text) throws Exception {
        Path file = write(text);
        SchemaException e = assertThrows(SchemaException.class, () -> ProjectLoader.load(file, Path.of("schemasync.yaml")));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsEverySettingAndEnvironment() throws Exception {
        Project p = ProjectLoader.load(write("""
                version: 1
                schema: [db/schema, db/extra.yaml]
                schemas: [public, app]
                unmanaged: keep
                lock_timeout: 5s
                history: true
                environments:
                  staging: { url_env: STAGING_DATABASE_URL, unmanaged: drop }
                  prod:
                    url_env: DATABASE_URL
                    protected: true
                    lock_timeout: 2s
                    schema: prod-schema
                  dev: {}
                """));
        assertEquals(List.of(dir.resolve("db/schema"), dir.resolve("db/extra.yaml")), p.defaults().schema());
        assertEquals(List.of("public", "app"), p.defaults().schemas());
        assertEquals(Duration.ofSeconds(5), p.defaults().lockTimeout());
        assertEquals(Project.Unmanaged.KEEP, p.defaults().unmanaged());
        assertEquals(List.of("dev", "prod", "staging"), List.copyOf(p.environments().keySet()));

        Project.Environment prod = p.environment("prod").orElseThrow();
        assertTrue(prod.protect());
        assertEquals("DATABASE_URL", prod.urlEnv());
        Project.Settings inProd = p.settings(prod);
        assertEquals(Duration.ofSeconds(2), inProd.lockTimeout());
        assertEquals(List.of(dir.resolve("prod-schema")), inProd.schema());
        assertEquals(List.of("public", "app"), inProd.schemas(), "not overridden: the file's own");

        Project.Environment staging = p.environment("staging").orElseThrow();
        assertFalse(staging.protect());
        assertEquals(Project.Unmanaged.DROP, p.settings(staging).unmanaged());
        assertEquals(Duration.ofSeconds(5), p.settings(staging).lockTimeout());
        assertNull(p.environment("dev").orElseThrow().urlEnv());
        assertEquals(" (did you mean \"prod\"?)", p.didYouMean("prd"));
    }

    @Test
    void anEmptyFileSetsNothing() throws Exception {
        Project p = ProjectLoader.load(write("# nothing yet\n"));
        assertNull(p.defaults().schema());
        assertTrue(p.environments().isEmpty());
    }

    @Test
    void unknownKeysAreErrorsAtTheirPlaceWithADidYouMean() throws Exception {
        assertEquals(List.of(
                "schemasync.yaml:2:1: unknown key \"lock_timout\" in the project file (did you mean \"lock_timeout\"?)",
                "schemasync.yaml:5:5: unknown key \"protect\" in environment \"prod\" (did you mean \"protected\"?)",
                "schemasync.yaml:6:5: unknown key \"urlenv\" in environment \"prod\" (did you mean \"url_env\"?)"),
                errors("""
                        schema: schema
                        lock_timout: 5s
                        environments:
                          prod:
                            protect: true
                            urlenv: DATABASE_URL
                        """));
    }

    @Test
    void badValuesAreErrorsAtTheirPlace() throws Exception {
        List<String> errors = errors("""
                unmanaged: delete
                lock_timeout: 5
                history: maybe
                environments:
                  prod: { url_env: "postgres://app@db/app", protected: yes please }
                  staging: [a]
                """);
        assertEquals(6, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("schemasync.yaml:1:12: unmanaged of the project file must be one of keep,"
                + " drop, not \"delete\""), errors.get(0));
        assertEquals("schemasync.yaml:2:15: lock_timeout of the project file: '5' has no unit: write 5s or 5ms",
                errors.get(1));
        assertTrue(errors.get(2).startsWith("schemasync.yaml:3:10: history of the project file must be true or false"),
                errors.get(2));
        assertTrue(errors.get(3).contains("url_env of environment \"prod\" names an environment variable"), errors.get(3));
        assertTrue(errors.stream().anyMatch(e -> e.contains("environment \"staging\" must be a map")), errors.toString());
    }

    @Test
    void duplicateKeysAndSyntaxErrorsAreReportedToo() throws Exception {
        assertTrue(errors("unmanaged: keep\nunmanaged: drop\n").getFirst()
                .startsWith("schemasync.yaml:2:1: duplicate key \"unmanaged\""));
        assertTrue(errors("environments: {prod: \n").getFirst().startsWith("schemasync.yaml:"));
    }

    @Test
    void foundInTheDirectoryOrAboveItButNotAboveTheRepository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path deep = Files.createDirectories(repo.resolve("app/src"));
        assertTrue(ProjectLoader.find(deep).isEmpty());
        Files.writeString(dir.resolve(Project.FILE_NAME), "");
        assertEquals(dir.resolve(Project.FILE_NAME), ProjectLoader.find(deep).orElseThrow(), "no .git: walks to /");
        Files.createDirectories(repo.resolve(".git"));
        assertTrue(ProjectLoader.find(deep).isEmpty(), "the repository's root ends the search");
        Files.writeString(repo.resolve(Project.FILE_NAME), "");
        assertEquals(repo.resolve(Project.FILE_NAME), ProjectLoader.find(deep).orElseThrow());
    }
}
