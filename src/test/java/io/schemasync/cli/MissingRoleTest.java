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
 * A role the YAML names that does not exist stops the plan before anything runs (exit 2), at the place in the YAML
 * that names it, with the CREATE ROLE to run.
 */
@PostgresTest
class MissingRoleTest {
    @Test
    void aGrantToAMissingRoleIsReportedAtTheGrants(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    tables:
                      t:
                        columns:
                          id: { type: bigint }
                        grants:
                          nobody_by_that_name: [select]
                """);
        MainTest.Result r = MainTest.run(Map.of(), "apply", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString());
        assertEquals(Exit.USAGE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains(schema + ":8:11: grants of table public.t names role \"nobody_by_that_name\","
                + " which does not exist"), r.err());
        assertTrue(r.err().contains("CREATE ROLE \"nobody_by_that_name\" NOLOGIN;"), r.err());
    }

    @Test
    void aMissingOwnerOfASchemaIsReportedAtTheOwner(TestDatabase db, @TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  reports:
                    owner: no_such_owner
                """);
        MainTest.Result r = MainTest.run(Map.of(), "plan", "--color", "never", "--url", ApplyCommandTest.url(db), "-s",
                schema.toString());
        assertEquals(Exit.USAGE.code(), r.code(), r.out() + r.err());
        assertTrue(r.err().contains(schema + ":3:12: owner of schema reports names role \"no_such_owner\""), r.err());
    }
}
