package io.schemasync.apply;

import io.schemasync.dryrun.DryRun;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known canonical forms (issue 9) with functions: a function that uses no table is learned with the types, one
 * whose SQL body reads a table with that table; after an apply neither is materialized again, and a body changed
 * by hand is learned again and planned.
 */
@PostgresTest
class KnownFunctionFormsTest {
    private static final String SCHEMA = """
            schemas:
              public:
                functions:
                  "new_code()":
                    returns: text
                    language: sql
                    body: SELECT 'C-' || floor(random() * 1000)::int
                  "ticket_count(prefix text DEFAULT 'C-')":
                    returns: bigint
                    language: sql
                    volatility: stable
                    body: SELECT count(*) FROM ticket WHERE code LIKE prefix || '%'
                tables:
                  ticket:
                    columns:
                      id:   { type: bigint, identity: always }
                      code: { type: text, nullable: false, default: new_code() }
                    primary_key: [id]
                views:
                  ticket_total:
                    query: SELECT ticket_count() AS n
            """;

    @Test
    void functionsAreKnownAfterAnApplyAndLearnedAgainWhenChangedByHand(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        Database desired = SchemaLoader.load(List.of(file));
        try (Connection c = db.connect()) {
            SchemaSync.apply(c, desired, new SchemaSync.Options(false, Duration.ofSeconds(5), true), new ApplyListener() {});
            DryRun.Planned again = DryRun.planned(c, desired, new DryRun.Settings(false, false));
            assertTrue(again.plan().isEmpty(), again.plan().steps().toString());
            assertEquals(0, again.observation().materialized());

            db.execute("CREATE OR REPLACE FUNCTION ticket_count(prefix text DEFAULT 'C-') RETURNS bigint LANGUAGE sql"
                    + " STABLE AS $$SELECT 0::bigint$$");
            DryRun.Planned changed = DryRun.planned(c, desired, new DryRun.Settings(false, false));
            assertEquals(List.of("function public.ticket_count(text): new body"), changed.plan().steps().stream()
                    .map(s -> s.change().target() + ": " + s.summary()).toList());
            assertTrue(changed.observation().materialized() > 0);
        }
    }
}
