package io.schemasync.cli;

import io.schemasync.load.SchemaLoader;
import io.schemasync.load.YamlWriter;
import io.schemasync.model.Database;
import io.schemasync.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** introspect -o - prints one YAML document that loads back as the same model. */
class IntrospectCommandTest {
    private static Database load(Path file) throws Exception {
        return SchemaLoader.load(List.of(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"create/cross-schema-references", "realworld/gitlab-create", "realworld/temporal-create"})
    void severalSchemasBecomeOneDocument(String name, @TempDir Path dir) throws Exception {
        Database model = load(Path.of("src/test/resources/cases", name, "schema.yaml"));
        assertTrue(model.schemas().size() >= 2, name + " has several schemas");
        String document = IntrospectCommand.oneDocument(YamlWriter.files(model, false));
        assertEquals(1, document.lines().filter(l -> !l.startsWith(" ")).count(), document);
        Path written = Files.writeString(dir.resolve("all.yaml"), document);
        assertEquals(model, load(written));
    }

    @Test
    void anEmptyModelIsStillADocument(@TempDir Path dir) throws Exception {
        String document = IntrospectCommand.oneDocument(Map.of());
        assertEquals(new Database(List.of()), load(Files.writeString(dir.resolve("empty.yaml"), document)));
    }

    /** Starts the embedded development database through the CLI (no URL is configured). */
    @Test
    @PostgresTest
    void theCommandPrintsOneDocumentThatPlansEmpty(@TempDir Path state, @TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("SCHEMASYNC_DIR", state.toString());
        Path desired = Path.of("src/test/resources/cases/create/cross-schema-references/schema.yaml");
        assertEquals(0, MainTest.run(env, "apply", "-s", desired.toString()).code());
        MainTest.Result introspected = MainTest.run(env, "introspect", "-o", "-", "--schemas", "auth,billing");
        assertEquals(0, introspected.code(), introspected.err());
        Path written = Files.writeString(dir.resolve("all.yaml"), introspected.out());
        assertEquals(List.of("auth", "billing"), load(written).schemas().stream().map(s -> s.name()).toList());
        MainTest.Result plan = MainTest.run(env, "plan", "--exit-code", "-s", written.toString());
        assertEquals(0, plan.code(), plan.out() + plan.err());
    }
}
