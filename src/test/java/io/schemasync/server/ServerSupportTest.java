package io.schemasync.server;

import io.schemasync.catalog.ServerInfo;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerSupportTest {
    @TempDir
    Path dir;

    private Database items(String generated) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    tables:
                      items:
                        columns:
                          price: { type: numeric }
                          gross: { type: numeric, generated: %s }
                """.formatted(generated));
        return SchemaLoader.load(List.of(file));
    }

    @Test
    void aVirtualGeneratedColumnNeedsPostgres18() throws Exception {
        Database virtual = items("{ expression: price * 1.2, stored: false }");
        var e = assertThrows(SchemaRejectedException.class,
                () -> ServerSupport.check(virtual, new ServerInfo(170011, "17.11")));
        assertTrue(e.getMessage().startsWith("column public.items.gross: a virtual generated column (stored: false)"
                + " needs PostgreSQL 18 or later, and this server is PostgreSQL 17"), e.getMessage());
        assertEquals(ObjectRef.inTable(ObjectRef.Kind.COLUMN, "public", "items", "gross"), e.object());
        assertDoesNotThrow(() -> ServerSupport.check(virtual, new ServerInfo(180001, "18.1")));
    }

    @Test
    void aStoredGeneratedColumnRunsEverywhere() throws Exception {
        for (String stored : List.of("price * 1.2", "{ expression: price * 1.2, stored: true }",
                "{ expression: price * 1.2 }")) {
            Database db = items(stored);
            assertTrue(db.table("public", "items").orElseThrow().column("gross").orElseThrow().generated() != null);
            assertDoesNotThrow(() -> ServerSupport.check(db, new ServerInfo(130023, "13.23")));
        }
    }
}
