package io.schemasync.apply;

import io.schemasync.catalog.CatalogReader;
import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The audit trail of applies: one row per apply in {@code schemasync.history}, created on the first apply. The row
 * is inserted before the apply's transaction begins and completed after it ends, each time in autocommit, so that
 * an apply that fails and rolls back still leaves its row (and one that is killed leaves it {@code running}).
 * Planning never reads it, and the catalog reader never models the table: it is not a migration ledger.
 */
final class History {
    static final String TABLE = quote(CatalogReader.HISTORY_SCHEMA) + "." + quote(CatalogReader.HISTORY_TABLE);

    /** The table's definition; its columns only ever grow, with ADD COLUMN IF NOT EXISTS. */
    private static final List<String> CREATE = List.of(
            "CREATE SCHEMA IF NOT EXISTS " + quote(CatalogReader.HISTORY_SCHEMA),
            "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "started_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(), "
                    + "finished_at timestamptz, "
                    + "outcome text NOT NULL, "
                    + "tool_version text NOT NULL, "
                    + "database_user text NOT NULL DEFAULT CURRENT_USER, "
                    + "client_host text, "
                    + "client_addr inet DEFAULT pg_catalog.inet_client_addr(), "
                    + "commit text, "
                    + "target text, "
                    + "plan_fingerprint text, "
                    + "catalog_fingerprint text, "
                    + "schema_fingerprint text, "
                    + "saved_plan boolean NOT NULL DEFAULT false, "
                    + "statements text[] NOT NULL DEFAULT '{}', "
                    + "error text)",
            "COMMENT ON TABLE " + TABLE + " IS 'schemasync: one row per apply (an audit trail; planning never reads it)'");

    /** What an apply ended as. */
    enum Outcome {
        APPLIED("applied"), NOTHING_TO_DO("nothing to do"), REFUSED("refused"), FAILED("failed");

        final String word;

        Outcome(String word) {
            this.word = word;
        }
    }

    private final Connection c;
    private final long id;

    private History(Connection c, long id) {
        this.c = c;
        this.id = id;
    }

    /**
     * Creates the table when it is missing (only then: later applies run no DDL for it, need no CREATE privilege
     * and wake no event trigger), and inserts the apply's row; the connection is in autocommit.
     */
    static History start(Connection c, HistoryInfo info, boolean savedPlan) throws SyncException {
        try {
            if (!exists(c)) {
                try (Sender st = new Sender(c)) {
                    for (String sql : CREATE) st.execute(sql);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (outcome, tool_version,"
                    + " client_host, commit, target, saved_plan) VALUES ('running', ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, info.toolVersion());
                ps.setString(2, info.clientHost());
                ps.setString(3, info.commit());
                ps.setString(4, info.target());
                ps.setBoolean(5, savedPlan);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new History(c, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new SyncException("cannot record the apply in " + CatalogReader.HISTORY_SCHEMA + "."
                    + CatalogReader.HISTORY_TABLE + " (nothing was applied): " + SyncException.serverMessage(e)
                    + "; grant the role CREATE on the database, or pass --no-history", null, e);
        }
    }

    static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_catalog.to_regclass(?) IS NOT NULL")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Completes the row. The apply's own outcome is decided already: a failure here is reported, never thrown.
     *
     * @return null, or why the row could not be completed
     */
    String finish(Outcome outcome, Fingerprints fingerprints, List<String> statements, String error) {
        try {
            if (!c.getAutoCommit()) c.rollback();
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET finished_at ="
                    + " pg_catalog.clock_timestamp(), outcome = ?, plan_fingerprint = ?, catalog_fingerprint = ?,"
                    + " schema_fingerprint = ?, statements = ?, error = ? WHERE id = ?")) {
                Array sql = c.createArrayOf("text", statements.toArray());
                ps.setString(1, outcome.word);
                ps.setString(2, fingerprints.plan());
                ps.setString(3, fingerprints.catalog());
                ps.setString(4, fingerprints.schema());
                ps.setArray(5, sql);
                ps.setString(6, error);
                ps.setLong(7, id);
                ps.executeUpdate();
            }
            return null;
        } catch (SQLException e) {
            return "the apply's row in " + CatalogReader.HISTORY_SCHEMA + "." + CatalogReader.HISTORY_TABLE
                    + " (id " + id + ") could not be completed: " + SyncException.serverMessage(e);
        }
    }

    /** The hashes that identify what ran: the plan's steps, the catalog it ran against, the schema files. */
    record Fingerprints(String plan, String catalog, String schema) {
        static final Fingerprints NONE = new Fingerprints(null, null, null);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
