package io.schemasync.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SQL-standard function bodies: exactly one body, whose END is where PostgreSQL's grammar puts it. */
class StandardBodyTest {
    @Test
    void keepsTheBodyWithoutCommentsOrTheTrailingSemicolon() {
        assertEquals("BEGIN ATOMIC\n  SELECT 1;  \nEND",
                SqlText.requireStandardBody("BEGIN ATOMIC\n  SELECT 1; -- one\nEND;\n"));
        assertEquals("RETURN $1 + 1", SqlText.requireStandardBody("RETURN $1 + 1;"));
        assertEquals("BEGIN ATOMIC SELECT CASE WHEN $1 THEN 'END;' ELSE \"end\" END FROM t; END",
                SqlText.requireStandardBody("BEGIN ATOMIC SELECT CASE WHEN $1 THEN 'END;' ELSE \"end\" END FROM t; END"));
        assertEquals("begin atomic end", SqlText.requireStandardBody("begin atomic end"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BEGIN ATOMIC SELECT 1; END; DROP TABLE t",
            "BEGIN ATOMIC SELECT 1; END DROP TABLE t",
            "RETURN 1; DROP TABLE t",
            "BEGIN ATOMIC SELECT 1 AS case; END; DROP TABLE t; SELECT CASE WHEN true THEN 1 END; END",
            "BEGIN ATOMIC SELECT 1 case; END; DROP TABLE t; SELECT CASE WHEN true THEN 1 END; END",
            "BEGIN ATOMIC SELECT t.case FROM t; END; DROP TABLE t; SELECT CASE WHEN true THEN 1 END; END",
            "BEGIN ATOMIC SELECT 1 END; DROP TABLE t; SELECT 1; END",
            "BEGIN ATOMIC SELECT (1; END); DROP TABLE t; SELECT (1); END",
            "BEGIN ATOMIC SELECT (1 END); END",
            "BEGIN ATOMIC SELECT 1; /* END; */ END; DROP TABLE t",
            "BEGIN ATOMIC SELECT 1;",
            "BEGIN SELECT 1; END",
            "SELECT 1",
            "RETURN",
            "BEGIN ATOMIC SELECT 'x; END; DROP TABLE t; SELECT 1; END",
    })
    void refuses(String body) {
        assertThrows(RefusedSqlException.class, () -> SqlText.requireStandardBody(body));
    }

    @Test
    void theStatementCarryingABodyIsOneStatementOnlyUpToItsEnd() {
        String create = "CREATE FUNCTION \"public\".\"f\"(integer)\n RETURNS integer\n LANGUAGE sql\n";
        assertEquals(create + "BEGIN ATOMIC SELECT $1; END", SqlText.requireStatement(create + "BEGIN ATOMIC SELECT $1; END"));
        assertThrows(RefusedSqlException.class, () -> SqlText.requireStatement(create + "BEGIN ATOMIC SELECT 1; END; DROP TABLE t"));
        assertThrows(RefusedSqlException.class, () -> SqlText.requireStatement("SELECT 1; BEGIN ATOMIC SELECT 1; END"));
        assertThrows(RefusedSqlException.class, () -> SqlText.requireStatement("DROP TABLE t; SELECT $1"));
    }
}
