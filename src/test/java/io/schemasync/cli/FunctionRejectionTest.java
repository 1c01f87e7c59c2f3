package io.schemasync.cli;

import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A function body the server rejects is an error of the YAML (exit 2), reported at the body's place in the YAML,
 * with where in the body the server found it; nothing is changed.
 */
@PostgresTest
class FunctionRejectionTest {
    @Test
    void aBodyTheServerRejectsPointsAtTheBodyAndTheServersPosition(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    functions:
                      "broken(a integer)":
                        returns: integer
                        language: sql
                        body: |
                          SELECT a +
                            FROM nowhere
                """);
        MainTest.Result r = MainTest.run(Map.of(), "plan", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString());
        assertEquals(Exit.USAGE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains(schema + ":7:15: function public.broken(integer): PostgreSQL rejects its body"
                + " (line 2, column 3 of the body): syntax error at or near \"FROM\""), r.err());
        assertTrue(r.err().contains("invalid schema: PostgreSQL rejects it (nothing was changed)"), r.err());
    }

    @Test
    void aBodyInAFileIsReportedAtItsFileKey(TestDatabase db, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("functions"));
        Files.writeString(dir.resolve("functions/count.sql"), "BEGIN\n  RETURN (SELECT count(*) FROM nowhere)\nEND\n");
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    functions:
                      "counted()":
                        returns: bigint
                        language: plpgsql
                        file: functions/count.sql
                """);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString());
        assertEquals(Exit.USAGE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains(schema + ":7:15: function public.counted(): PostgreSQL rejects its body (at the end"
                + " of the body): syntax error at end of input"), r.err());
    }
}
