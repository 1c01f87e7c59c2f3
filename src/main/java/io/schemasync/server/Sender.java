package io.schemasync.server;

import io.schemasync.sql.RefusedSqlException;
import io.schemasync.sql.SqlText;
import org.postgresql.PGConnection;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;
import org.postgresql.jdbc.PreferQueryMode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The only way statements reach the server: one statement per protocol message. Before a statement is sent,
 * {@link SqlText#requireStatement} (PostgreSQL's scanner rules) and pgjdbc's own splitter must both see exactly
 * one statement; it then goes out as one extended-protocol Parse message, in which the server itself refuses a
 * second command ("cannot insert multiple commands into a prepared statement"). JDBC escape processing is off, so
 * pgjdbc does not rewrite {@code {fn ...}} either. Three readers must agree before anything runs.
 */
public final class Sender implements AutoCloseable {
    /** SQLSTATE syntax_error: what the server would say of a string holding two statements. */
    private static final String REFUSED = "42601";

    private final Statement statement;

    public Sender(Connection c) throws SQLException {
        requireExtendedProtocol(c);
        this.statement = c.createStatement();
        statement.setEscapeProcessing(false);
    }

    /** The simple query protocol runs every statement of a string; schemasync never uses it. */
    static void requireExtendedProtocol(Connection c) throws SQLException {
        if (c.isWrapperFor(PGConnection.class) && c.unwrap(PGConnection.class).getPreferQueryMode() == PreferQueryMode.SIMPLE) {
            throw new SQLException("the connection uses preferQueryMode=simple, which lets one call run several"
                    + " statements; connect without it (schemasync uses the extended protocol)", "08000");
        }
    }

    public void execute(String sql) throws SQLException {
        statement.execute(checked(sql));
    }

    public ResultSet query(String sql) throws SQLException {
        return statement.executeQuery(checked(sql));
    }

    /** Several statements in one round trip, each still its own Parse message; the first error stops the rest. */
    public void batch(List<String> sqls) throws SQLException {
        for (String sql : sqls) statement.addBatch(checked(sql));
        try {
            statement.executeBatch();
        } finally {
            statement.clearBatch();
        }
    }

    /** The statement, if it is one statement for schemasync's lexer and for pgjdbc's splitter alike. */
    static String checked(String sql) throws SQLException {
        try {
            SqlText.requireStatement(sql);
        } catch (RefusedSqlException e) {
            throw new SQLException("refused to send a statement: " + e.getMessage(), REFUSED, e);
        }
        List<NativeQuery> parts = Parser.parseJdbcSql(sql, true, false, true, false, false);
        if (parts.size() != 1) {
            throw new SQLException("refused to send a statement that the JDBC driver splits into " + parts.size()
                    + " statements: " + sql, REFUSED);
        }
        return sql;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
