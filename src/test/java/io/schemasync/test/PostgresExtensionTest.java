package io.schemasync.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@PostgresTest
class PostgresExtensionTest {
    private static final List<String> USED = new ArrayList<>();

    @Test
    void serverHasTheRequestedMajorVersion(TestDatabase db) throws SQLException {
        USED.add(db.name());
        int requested = Integer.parseInt(System.getProperty(TestServer.VERSION_PROPERTY, "17"));
        if (System.getenv(TestServer.URL_VARIABLE) == null) assertEquals(requested, db.major());
        assertEquals(db.major(), query(db, "select current_setting('server_version_num')::int / 10000"));
    }

    @Test
    void eachTestGetsAnEmptyDatabaseOfItsOwn(TestDatabase db) throws SQLException {
        USED.add(db.name());
        assertEquals(db.name(), queryText(db, "select current_database()"));
        assertEquals(0, query(db, "select count(*)::int from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = 'public'"));
        db.execute("create table leftover (id int)");
    }

    @Test
    void leavesNoTableBehindForTheNextTest(TestDatabase db) throws SQLException {
        USED.add(db.name());
        assertEquals(0, query(db, "select count(*)::int from pg_class where relname = 'leftover'"));
        db.execute("create table leftover (id int)");
    }

    @Test
    void twoParametersAreTwoDatabases(TestDatabase a, TestDatabase b) {
        USED.add(a.name());
        USED.add(b.name());
        assertNotEquals(a.name(), b.name());
        assertTrue(a.jdbcUrl().contains("/" + a.name()), a.jdbcUrl());
    }

    @Test
    void executeRunsScriptsOfSeveralStatements(TestDatabase db) throws SQLException {
        USED.add(db.name());
        db.execute("""
                create table t (id int);
                insert into t values (1), (2);
                do $$ begin insert into t values (3); end $$;
                """);
        assertEquals(6, query(db, "select sum(id)::int from t"));
    }

    @Test
    void aDatabaseIsMadeOnlyWhenTheTestFirstUsesIt(TestDatabase unused, TestDatabase used) throws SQLException {
        assertTrue(unused.toString().contains("not created"), unused.toString());
        USED.add(used.name());
        assertEquals(used.name(), queryText(used, "select current_database()"));
    }

    @Test
    void connectionsUseTheGivenCredentials(TestDatabase db) throws SQLException {
        USED.add(db.name());
        assertEquals(db.user(), queryText(db, "select current_user"));
    }

    /** Runs last in its class scope: every database the tests above used is gone by now. */
    @AfterAll
    static void databasesAreDroppedAfterTheirTest(TestDatabase db) throws SQLException {
        assertFalse(USED.isEmpty());
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("select count(*) from pg_database where datname = any(?)")) {
            s.setArray(1, c.createArrayOf("text", USED.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "still there: " + USED);
            }
        }
    }

    private static int query(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String queryText(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
