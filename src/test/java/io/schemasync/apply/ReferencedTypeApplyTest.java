package io.schemasync.apply;

import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A referenced column widened on tables with rows (online/referenced-type-widened): its foreign keys are dropped
 * around the type change, added again NOT VALID and validated after the commit. After apply every one of them is
 * valid (pg_constraint.convalidated) and a second apply has nothing to do; in the window between the commit and
 * VALIDATE the NOT VALID foreign key already refuses a row it forbids, so VALIDATE cannot fail on one written then.
 */
@PostgresTest
class ReferencedTypeApplyTest {
    private static final Path CASE = Path.of("src/test/resources/cases/online/referenced-type-widened");
    private static final SchemaSync.Options SAFE = new SchemaSync.Options(false, Duration.ofSeconds(5), true);

    /** Before each VALIDATE, another session writes a status of an account that does not exist. */
    private static final class OrphanWriter implements ApplyListener, AutoCloseable {
        private final Connection other;
        final List<String> refusals = new ArrayList<>();

        OrphanWriter(TestDatabase db) throws SQLException {
            this.other = db.connect();
        }

        @Override
        public void executing(String sql) {
            if (!sql.contains("VALIDATE CONSTRAINT \"statuses_account_fk\"")) return;
            try (Statement st = other.createStatement()) {
                st.execute("INSERT INTO statuses VALUES (5000, 999999, 'orphan')");
                refusals.add("inserted");
            } catch (SQLException e) {
                refusals.add(e.getSQLState());
            }
        }

        @Override
        public void close() throws SQLException {
            other.close();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void foreignKeysAreValidAfterApplyAndRefuseOrphansInBetween(TestDatabase db) throws Exception {
        Database desired = SchemaLoader.load(List.of(CASE.resolve("schema.yaml")));
        try (Connection c = db.connect(); OrphanWriter writer = new OrphanWriter(db)) {
            try (Statement st = c.createStatement()) {
                st.execute(Files.readString(CASE.resolve("before.sql")));
            }
            ApplyResult first = SchemaSync.apply(c, desired, SAFE, writer);
            assertTrue(first.applied());
            assertTrue(first.plan().steps().stream().anyMatch(s -> s.statements().stream()
                    .anyMatch(sql -> sql.contains("\"statuses_account_fk\"") && sql.endsWith("NOT VALID"))),
                    "statuses_account_fk was not added again NOT VALID");
            // 23503: foreign_key_violation. The row was refused while the foreign key was NOT VALID.
            assertEquals(List.of("23503"), writer.refusals);
            assertEquals(5, count(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated"
                    + " AND conrelid::regclass::text IN ('accounts', 'statuses', 'follows', 'drafts')"));
            assertEquals(0, count(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT convalidated"));
            assertEquals(1000, count(c, "SELECT count(*) FROM statuses"));
            assertEquals(1, count(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'accounts'"
                    + " AND column_name = 'id' AND data_type = 'bigint'"));
            ApplyResult again = SchemaSync.apply(c, desired, SAFE, new ApplyListener() {});
            assertFalse(again.applied());
            assertEquals(List.of(), again.plan().steps());
        }
    }
}
