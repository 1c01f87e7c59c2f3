package io.schemasync.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What decides how a session reads and prints SQL text besides the catalog: the settings that change the text of
 * constants and names, the database's collation and encoding, and the session's effective search_path. Two sessions
 * whose {@link #of} is equal, in databases whose user-defined names are equal, read and print SQL alike.
 */
public final class Printing {
    /** The settings that change how the server reads or prints SQL text, as one string. */
    public static final String SETTINGS = """
            SELECT pg_catalog.string_agg(name || '=' || setting, ';' ORDER BY name) FROM pg_catalog.pg_settings
             WHERE name IN ('server_version_num', 'DateStyle', 'IntervalStyle', 'TimeZone', 'extra_float_digits',
                            'standard_conforming_strings', 'server_encoding', 'bytea_output',
                            'default_text_search_config', 'lc_messages', 'backslash_quote', 'array_nulls')
            """;
    /** The database's collation, character type and encoding, and the session's effective search_path. */
    public static final String DATABASE = """
            SELECT d.datcollate || ';' || d.datctype || ';' || pg_catalog.pg_encoding_to_char(d.encoding) || ';'
                   || pg_catalog.current_schemas(true)::text
              FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()
            """;

    private Printing() {}

    /** The settings, the database's text, the database and the role of the session, as one string. */
    public static String of(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT (" + SETTINGS + "), ("
                + DATABASE + "), pg_catalog.current_database(), current_user")) {
            rs.next();
            return rs.getString(1) + "\n" + rs.getString(2) + "\n" + rs.getString(3) + "\n" + rs.getString(4);
        }
    }
}
