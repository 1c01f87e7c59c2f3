package io.schemasync.apply;

import io.schemasync.plan.Step;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every statement apply runs — in the transaction and after the commit, alone or in a short transaction of its own —
 * is announced with the step it belongs to and then reported as ended with its time: the command's progress of a
 * long statement (a VALIDATE CONSTRAINT, a CREATE INDEX CONCURRENTLY) depends on it.
 */
@PostgresTest
class ApplyListenerTimingTest {
    private static final SchemaSync.Options SAFE = new SchemaSync.Options(false, Duration.ofSeconds(5), true);

    @Test
    void everyStatementIsAnnouncedWithItsStepThenTimed(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            SchemaSync.apply(c, SchemaSyncTest.shop(), SAFE, new ApplyListener() {});
        }
        db.execute("INSERT INTO customer (email) VALUES ('a@example.org');"
                + " INSERT INTO \"order\" (customer_id) SELECT id FROM customer");
        // The deferred foreign key's check of the rows must have run (at their commit) before it can be dropped.
        db.execute("ALTER TABLE \"order\" DROP CONSTRAINT order_customer_fk, DROP CONSTRAINT order_total_nonnegative;"
                + " DROP INDEX order_open_idx");
        List<String> events = new ArrayList<>();
        ApplyResult result;
        try (Connection c = db.connect()) {
            result = SchemaSync.apply(c, SchemaSyncTest.shop(), SAFE, new ApplyListener() {
                @Override
                public void executing(String sql) {
                    events.add("without its step: " + sql);
                }

                @Override
                public void executing(Step step, String sql) {
                    assertTrue(step.statements().contains(sql), sql + " is not a statement of " + step);
                    events.add("run " + sql);
                }

                @Override
                public void executed(String sql, Duration elapsed, boolean succeeded) {
                    assertFalse(elapsed.isNegative());
                    events.add((succeeded ? "done " : "failed ") + sql);
                }
            });
        }
        assertTrue(result.applied());
        assertEquals(2 * result.executed(), events.size(), String.join("\n", events));
        for (int i = 0; i < events.size(); i += 2) {
            assertTrue(events.get(i).startsWith("run "), events.get(i));
            assertEquals("done " + events.get(i).substring("run ".length()), events.get(i + 1));
        }
        assertTrue(events.stream().anyMatch(e -> e.startsWith("done ") && e.contains("VALIDATE CONSTRAINT")),
                String.join("\n", events));
        assertTrue(events.stream().anyMatch(e -> e.startsWith("done ") && e.contains("CREATE INDEX CONCURRENTLY")),
                String.join("\n", events));
    }
}
