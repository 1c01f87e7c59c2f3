package io.schemasync.canonical;

import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The unit keys of one YAML are computed once per run: again only for another YAML or another context. */
class LearnedMemoTest {
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  t:
                    columns:
                      id: { type: bigint, identity: always }
                      label: { type: text, default: "'%s'" }
                    primary_key: [id]
            """;

    @Test
    void anEqualModelInTheSameContextIsAnsweredFromTheMemo(@TempDir Path dir) throws Exception {
        Database first = load(dir, "a", "one.yaml");
        Database equal = load(dir, "a", "two.yaml");
        Database other = load(dir, "b", "three.yaml");
        Learned learned = new Learned();
        AtomicInteger computed = new AtomicInteger();

        Object value = learned.memo(first, "ctx", () -> "keys" + computed.incrementAndGet());
        assertSame(value, learned.memo(equal, "ctx", () -> "keys" + computed.incrementAndGet()));
        assertEquals(1, computed.get());

        assertEquals("keys2", learned.memo(equal, "another context", () -> "keys" + computed.incrementAndGet()));
        assertEquals("keys3", learned.memo(other, "another context", () -> "keys" + computed.incrementAndGet()));
        assertEquals("keys4", learned.memo(first, "another context", () -> "keys" + computed.incrementAndGet()));
    }

    private static Database load(Path dir, String label, String name) throws Exception {
        Path file = Files.createDirectories(dir.resolve(name.replace(".yaml", ""))).resolve("schema.yaml");
        Files.writeString(file, SCHEMA.formatted(label));
        return SchemaLoader.load(List.of(file));
    }
}
