package io.schemasync.apply;

import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 6, item 15: while apply waits for a lock, the retry message names the session that holds it. */
@PostgresTest
class BlockersTest {
    @Test
    void theRetryMessageNamesTheSessionHoldingTheLock(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE account (id bigint PRIMARY KEY); INSERT INTO account SELECT generate_series(1, 1000)");
        Path file = Files.writeString(dir.resolve("schema.yaml"), """
                schemas:
                  public:
                    tables:
                      account:
                        columns:
                          id:   { type: bigint }
                          note: { type: text }
                        primary_key: [id]
                """);
        Database desired = SchemaLoader.load(List.of(file));
        List<String> retries = new CopyOnWriteArrayList<>();
        try (Connection report = db.connect(); Connection c = db.connect()) {
            report.setAutoCommit(false);
            try (Statement st = report.createStatement()) {
                st.execute("SET application_name = 'monthly-report'");
                st.execute("SELECT count(*) FROM account");   // holds ACCESS SHARE until its transaction ends
            }
            ApplyListener listener = new ApplyListener() {
                @Override
                public void retrying(int attempt, String reason) {
                    retries.add(reason);
                    try {
                        report.rollback();                    // the report finishes; the next attempt gets through
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            ApplyResult result = SchemaSync.apply(c, desired,
                    new SchemaSync.Options(false, Duration.ofMillis(200), true, Duration.ofMinutes(1)), listener);
            assertTrue(result.applied());
        }
        assertFalse(retries.isEmpty());
        String reason = retries.get(0);
        assertTrue(reason.contains("held by pid "), reason);
        assertTrue(reason.contains("application monthly-report"), reason);
        assertTrue(reason.contains("idle in transaction"), reason);
        assertTrue(reason.contains("holding locks on public.account"), reason);
    }
}
