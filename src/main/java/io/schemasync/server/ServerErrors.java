package io.schemasync.server;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

/** What the server says about where an error lies, beyond its message. */
public final class ServerErrors {
    private ServerErrors() {}

    /**
     * The character position (1-based) in the statement where the server located the error; 0 when it gave none.
     * For an error in a function's body, PostgreSQL gives the position inside the CREATE FUNCTION statement.
     */
    public static int position(SQLException e) {
        ServerErrorMessage m = message(e);
        return m == null ? 0 : m.getPosition();
    }

    /** The server's context ("compilation of PL/pgSQL function ... near line 3"); null when it gave none. */
    public static String where(SQLException e) {
        ServerErrorMessage m = message(e);
        return m == null ? null : m.getWhere();
    }

    private static ServerErrorMessage message(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null) return p.getServerErrorMessage();
        }
        return null;
    }
}
