package io.schemasync.cli;

import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code distribution:} against a database without the citus extension (every test server: no Citus build can be
 * installed here) stops before anything runs, exit 2, at the table's distribution in the YAML, with the fix; the
 * table it belongs to is not created either.
 */
@PostgresTest
class CitusMissingTest {
    @Test
    void distributionWithoutCitusIsRefusedBeforeAnythingRuns(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    tables:
                      orders:
                        columns:
                          tenant_id: { type: bigint }
                          id: { type: bigint }
                        distribution: { column: tenant_id }
                """);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString());
        assertEquals(Exit.USAGE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains(schema + ":8:9: distribution public.orders needs the citus extension, which"
                + " database \""), r.err());
        assertTrue(r.err().contains("install it first (CREATE EXTENSION citus; with citus in"
                + " shared_preload_libraries), or remove distribution: from table public.orders"), r.err());
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("select to_regclass('public.orders')")) {
            rs.next();
            assertFalse(rs.getString(1) != null, "nothing was applied");
        }
    }
}
