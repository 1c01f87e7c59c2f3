package io.schemasync.cli;

import io.schemasync.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With nothing configured, commands use the embedded server, and its data outlives one command. */
@PostgresTest
class EmbeddedDatabaseTest {
    @Test
    void keepsDataAndPortBetweenCommands(@TempDir Path state) throws Exception {
        var err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SCHEMASYNC_DIR", state.toString()), false, new Redactor());
        String label;
        try (DatabaseTarget first = DatabaseTarget.open(new Options.Url(), cli); Statement st = first.connection().createStatement()) {
            st.execute("CREATE TABLE kept (id int)");
            label = first.label();
        }
        try (DatabaseTarget second = DatabaseTarget.open(new Options.Url(), cli); Statement st = second.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('public.kept') IS NOT NULL, current_setting('application_name')")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "the table created by the first command is still there");
            assertEquals("schemasync", rs.getString(2));
            assertEquals(label, second.label());
        }
        assertTrue(label.endsWith(":" + Files.readString(state.resolve("port")).strip() + "/postgres"), label);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("No database configured (--url, DATABASE_URL or "
                + "PGHOST): using the embedded development PostgreSQL in " + state + "/"), err.toString());
    }
}
