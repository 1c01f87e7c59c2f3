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
 * A trigger the server rejects (its function does not exist, its condition names no column) is an error of the
 * YAML (exit 2) at the trigger's place in the YAML; nothing is changed.
 */
@PostgresTest
class TriggerRejectionTest {
    private static final String TABLE = """
            schemas:
              public:
                tables:
                  t:
                    columns:
                      id: { type: bigint }
                    triggers:
            """;

    @Test
    void aMissingFunctionIsReportedAtTheTrigger(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), TABLE
                + "          t_audit: { timing: after, events: [insert], function: no_such_function }\n");
        MainTest.Result r = MainTest.run(Map.of(), "plan", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString());
        assertEquals(Exit.USAGE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains(schema + ":8:11: trigger public.t.t_audit: PostgreSQL rejects it: function"
                + " public.no_such_function() does not exist"), r.err());
    }

    @Test
    void aConditionTheServerRejectsIsReportedAtTheCondition(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    functions:
                      "noop()": { returns: trigger, language: plpgsql, body: BEGIN RETURN NEW; END }
                    tables:
                      t:
                        columns:
                          id: { type: bigint }
                        triggers:
                          t_check:
                            timing: before
                            events: [update]
                            for_each: row
                            when: new.missing > 0
                            function: noop
                """);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString());
        assertEquals(Exit.USAGE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains(schema + ":14:19: trigger public.t.t_check: PostgreSQL rejects its when (at"
                + " character 1 of the condition): column new.missing does not exist"), r.err());
    }
}
