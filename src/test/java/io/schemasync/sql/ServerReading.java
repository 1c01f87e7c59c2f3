package io.schemasync.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How PostgreSQL itself reads a text placed where the tool places a fragment, {@code SELECT (text\n) AS probe},
 * told by three probes that run inside the server (plpgsql function {@code probe_reading}). The text reaches it as
 * a bound parameter, so neither pgjdbc nor any client-side splitter ever scans it, and it is concatenated into the
 * probe statements inside the server, byte for byte.
 * <ol>
 *   <li><b>statements</b>: {@code OPEN cursor FOR EXECUTE 'PREPARE probe_statement AS SELECT (text\n) AS probe'}.
 *       SPI raw-parses the whole string, analyzes each statement, then refuses to open it: "cannot open
 *       multi-query plan as cursor" when it holds several statements, "cannot open PREPARE query as cursor" when
 *       it is one (SQLSTATE 42P11 both). PREPARE is a utility statement, so its query is not analyzed before
 *       execution: undefined names in the text cannot mask a second statement, and nothing is ever run. Any other
 *       error is a syntax or lexical error from the raw parser.</li>
 *   <li><b>tokens</b>: a DO block compiled with check_function_bodies off, {@code BEGIN RETURN; WHILE text\nLOOP
 *       NULL; END LOOP; END}. plpgsql reads the WHILE condition with the core scanner, token by token, counting
 *       parentheses and brackets until LOOP, and stops with an error at a ';', at a ')' with nothing open, at an
 *       unterminated string, quoted name or comment; without check_function_bodies it does not parse the
 *       condition, and RETURN comes first, so nothing is run. This is the server's own answer to "balanced, no
 *       semicolon, everything closed", independent of grammar.</li>
 *   <li><b>shape</b> (only when 1 found one statement): {@code EXECUTE 'SELECT (text\n) AS probe LIMIT 0' INTO
 *       record}; with no row the record still takes the result's columns, so {@code row_to_json} shows them: the
 *       text stayed inside its parentheses only if that is {@code {"probe":null}}. LIMIT 0 makes the executor
 *       return before evaluating any expression.</li>
 * </ol>
 */
final class ServerReading {
    /** The server's verdict, from best to worst. */
    enum Reading {
        /** One statement, the scanner sees one balanced construct, the result is the one column probe. */
        ONE,
        /** As ONE, but analysis or planning failed (an undefined name, a bad literal): still one expression. */
        ONE_INVALID,
        /** The grammar rejects it, yet the server's scanner reads one balanced construct without ';'. */
        GRAMMAR,
        /** Several statements. */
        MULTI,
        /** One statement, but the text closed the parenthesis: the scanner sees a stray ')' or the result has
         * other columns. */
        ESCAPES,
        /** Rejected by the raw parser and by the scanner: unterminated, unbalanced, ';', bad escape... */
        SYNTAX
    }

    /** The verdict and what each probe said, for messages. */
    record Result(Reading reading, String statements, String tokens, String shape) {
        String describe() {
            return reading + " [statements: " + statements + "; tokens: " + tokens
                    + (shape == null ? "" : "; shape: " + shape) + "]";
        }
    }

    private static final String SCANNED = "scanned";
    private static final String ONE_COLUMN = "{\"probe\":null}";

    private static final String PROBE_FUNCTION = """
            CREATE FUNCTION probe_reading(s text) RETURNS text[] LANGUAGE plpgsql
                SET standard_conforming_strings = on SET check_function_bodies = off AS $probe$
            DECLARE
                c refcursor;
                r record;
                result text[];
                state text;
                message text;
            BEGIN
                BEGIN
                    OPEN c FOR EXECUTE 'PREPARE probe_statement AS SELECT (' || s || E'\\n) AS probe';
                    CLOSE c;
                    result := ARRAY['opened'];
                EXCEPTION WHEN OTHERS THEN
                    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
                    result := ARRAY[state || ' ' || message];
                END;
                BEGIN
                    EXECUTE format('DO %L', E'BEGIN RETURN; WHILE ' || s || E'\\nLOOP NULL; END LOOP; END');
                    result := result || 'scanned'::text;
                EXCEPTION WHEN OTHERS THEN
                    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
                    result := result || (state || ' ' || message);
                END;
                IF result[1] LIKE '42P11 %PREPARE%' THEN
                    BEGIN
                        EXECUTE 'SELECT (' || s || E'\\n) AS probe LIMIT 0' INTO r;
                        result := result || row_to_json(r)::text;
                    EXCEPTION WHEN OTHERS THEN
                        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
                        result := result || (state || ' ' || message);
                    END;
                END IF;
                RETURN result;
            END $probe$""";

    /** The value of a text the server reads as ONE, for the targeted cases (the text is harmless there). */
    private static final String VALUE_FUNCTION = """
            CREATE FUNCTION probe_value(s text) RETURNS text LANGUAGE plpgsql
                SET standard_conforming_strings = on AS $value$
            DECLARE v text;
            BEGIN
                EXECUTE 'SELECT (' || s || E'\\n)::text' INTO v;
                RETURN v;
            END $value$""";

    private final PreparedStatement read;
    private final PreparedStatement value;

    private ServerReading(Connection c) throws SQLException {
        this.read = c.prepareStatement("SELECT probe_reading(?)");
        this.value = c.prepareStatement("SELECT probe_value(?)");
    }

    /** Installs the probes in the connection's database and sets the session as the tool sets its own. */
    static ServerReading install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET standard_conforming_strings = on");
            s.execute("SET statement_timeout = '10s'");
            s.execute(PROBE_FUNCTION);
            s.execute(VALUE_FUNCTION);
        }
        return new ServerReading(c);
    }

    Result read(String text) throws SQLException {
        read.setString(1, text);
        try (ResultSet rs = read.executeQuery()) {
            rs.next();
            Array array = rs.getArray(1);
            String[] parts = (String[]) array.getArray();
            return classify(parts[0], parts[1], parts.length > 2 ? parts[2] : null);
        }
    }

    String value(String text) throws SQLException {
        value.setString(1, text);
        try (ResultSet rs = value.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Result classify(String statements, String tokens, String shape) {
        boolean scanned = tokens.equals(SCANNED);
        Reading reading;
        if (statements.startsWith("42P11 ") && statements.contains("PREPARE")) {
            reading = oneStatement(scanned, shape);
        } else if (statements.startsWith("42P11 ")) {
            reading = Reading.MULTI;
        } else if (statements.equals("opened")) {
            throw new IllegalStateException("the probe opened a cursor over a PREPARE statement: " + statements);
        } else {
            reading = scanned ? Reading.GRAMMAR : Reading.SYNTAX;
        }
        return new Result(reading, statements, tokens, shape);
    }

    private static Reading oneStatement(boolean scanned, String shape) {
        if (!scanned || shape.startsWith("{") && !shape.equals(ONE_COLUMN)) return Reading.ESCAPES;
        return shape.equals(ONE_COLUMN) ? Reading.ONE : Reading.ONE_INVALID;
    }
}
