package io.schemasync.acceptance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the hostile cases must leave alone: a schema {@code canary} that no YAML manages, with a table of rows and a
 * sequence advanced to a known value, planted before the case's own SQL. A payload that ran (a smuggled
 * {@code DROP}, {@code COMMIT}, {@code nextval}, {@code CREATE SCHEMA}) or scratch work that was not rolled back
 * shows up as a changed {@link State}: other rows, another sequence value, another number of schemas, a
 * {@code schemasync_*} schema left behind, or a victim table (any table named {@code victim*}, which the cases'
 * {@code before.sql} fill) with fewer rows.
 */
final class Canary {
    static final String PLANT = """
            CREATE SCHEMA canary;
            CREATE TABLE canary.bird (id integer PRIMARY KEY, name text NOT NULL);
            INSERT INTO canary.bird VALUES (1, 'tweety'), (2, 'polly'), (3, 'zazu');
            CREATE SEQUENCE canary.counter;
            SELECT pg_catalog.setval('canary.counter', 42);
            """;

    /** Everything a payload could change, compared as a whole so a failure shows all of it. */
    record State(List<String> birds, String counter, long schemas, List<String> scratch, List<String> victims) {}

    private Canary() {}

    static void plant(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute(PLANT);
        }
    }

    static State read(Connection c) throws SQLException {
        c.setAutoCommit(true);
        return new State(
                strings(c, "SELECT id || ' ' || name FROM canary.bird ORDER BY id"),
                strings(c, "SELECT last_value || ' ' || is_called FROM canary.counter").getFirst(),
                Long.parseLong(strings(c, "SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname <> 'schemasync'").getFirst()),
                strings(c, "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname LIKE 'schemasync\\_%' ORDER BY 1"),
                victims(c));
    }

    /** Row counts of every table named victim*, wherever it is. */
    private static List<String> victims(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String table : strings(c, "SELECT pg_catalog.format('%I.%I', n.nspname, r.relname) FROM"
                + " pg_catalog.pg_class r JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE r.relkind = 'r' AND r.relname LIKE 'victim%' ORDER BY 1")) {
            out.add(table + " " + strings(c, "SELECT count(*) FROM " + table).getFirst());
        }
        return out;
    }

    /** The state is what it was before the case, and no scratch schema is left (whatever was there before). */
    static void check(Case c, Connection conn, State before, String when) throws SQLException {
        State now = read(conn);
        assertEquals(List.of(), now.scratch(), c + ": a schemasync scratch schema is left " + when);
        assertEquals(before, now, c + ": the canary changed " + when);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
