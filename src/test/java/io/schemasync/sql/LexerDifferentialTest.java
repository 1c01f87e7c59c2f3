package io.schemasync.sql;

import io.schemasync.sql.DifferentialTally.Case;
import io.schemasync.sql.FragmentGenerator.Fragment;
import io.schemasync.sql.ServerReading.Reading;
import io.schemasync.sql.ServerReading.Result;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The requirement, checked against the real server: for generated strings mixing the constructs where
 * naive scanners and PostgreSQL disagree, the lexer's verdict (one expression or not) agrees with how PostgreSQL
 * reads the same text, and any disagreement is a refusal by the lexer, never an acceptance. How the server's
 * reading is obtained is in {@link ServerReading}; what counts as a disagreement in {@link DifferentialTally}.
 */
@PostgresTest
class LexerDifferentialTest {
    private static final long SEED = 20_250_611L;
    private static final int FRAGMENTS = 1_500;

    private static Connection connection;
    private static ServerReading server;

    @BeforeAll
    static void installProbes(TestDatabase db) throws SQLException {
        connection = db.connect();
        server = ServerReading.install(connection);
        try (Statement s = connection.createStatement()) {
            for (String fixture : FragmentGenerator.FIXTURES) s.execute(fixture);
        }
    }

    @AfterAll
    static void closeConnection() throws SQLException {
        connection.close();
    }

    @Test
    void lexerAcceptsOnlyWhatTheServerReadsAsOneExpression() throws SQLException {
        DifferentialTally tally = new DifferentialTally();
        for (Fragment f : new FragmentGenerator(SEED).generate(FRAGMENTS)) tally.add(probe(f));
        System.out.println("LexerDifferentialTest (seed " + SEED + "): " + tally.report());

        List<Case> problems = tally.problems();
        assertTrue(problems.isEmpty(), problems.size() + " disagreements (the lexer must only refuse more):\n"
                + problems.stream().limit(40).map(DifferentialTally::line).collect(Collectors.joining("\n")));
        assertEquals(FRAGMENTS, tally.total());
        assertTrue(tally.accepted() >= 300 && tally.refused() >= 300, tally.report());
        assertEquals(tally.accepted(), tally.accepted(Reading.ONE, Reading.ONE_INVALID, Reading.GRAMMAR));
        assertTrue(tally.refused(Reading.ONE) >= 50, "conservative refusals: " + tally.refused(Reading.ONE));
        assertTrue(tally.refused(Reading.MULTI) + tally.refused(Reading.ESCAPES) >= 50, tally.report());
        assertEveryConstructAccepted(tally.acceptedByGroup());
    }

    /** The tricky constructs must appear in accepted fragments too, not only in refused ones. */
    private static void assertEveryConstructAccepted(Map<String, Integer> acceptedByGroup) {
        for (String group : FragmentGenerator.groups()) {
            if (group.equals("conservative")) continue;
            assertTrue(acceptedByGroup.getOrDefault(group, 0) >= 30, group + " in accepted fragments: "
                    + acceptedByGroup);
        }
    }

    private static Case probe(Fragment f) throws SQLException {
        String sent;
        boolean accepted;
        try {
            sent = SqlText.requireExpression(f.text());
            accepted = true;
        } catch (RefusedSqlException e) {
            sent = f.text();
            accepted = false;
        }
        return new Case(f, accepted, sent, server.read(sent));
    }

    /**
     * Each trick named in the issue, with what the server does: its reading, and the value when it is one
     * expression. The lexer must agree, or refuse.
     */
    static Stream<Arguments> tricks() {
        return Stream.of(
                // $ continues an identifier: no dollar quote starts inside _$a$, so the ; is bare
                trick("_$a$) ; SELECT ('$a$'", Reading.MULTI, false, null),
                trick("_$a$'x' || $a$ ; $a$", Reading.ONE, true, "x ; "),
                trick("x$b$() || $b$) ; SELECT ($b$", Reading.ONE, true, "f) ; SELECT ("),
                // a non-ASCII tag is a tag for the server; the lexer refuses it (encodings)
                trick("$€$ ; $€$", Reading.ONE, false, " ; "),
                trick("$€$) ; SELECT ($€$", Reading.ONE, false, ") ; SELECT ("),
                // e only starts an escape string as a whole token: €e'\' is the name €e and the string '\'
                trick("€e'\\') ; SELECT ('x'", Reading.MULTI, false, null),
                trick("€e'\\' || ';'", Reading.ONE, true, "\\;"),
                trick("e'\\' || ';' || 'x'", Reading.SYNTAX, false, null),
                // bit and hex strings have no doubled quotes: X'''a' is X'' next to 'a', a grammar error
                trick("X'''a'", Reading.GRAMMAR, true, null),
                trick("B''''", Reading.GRAMMAR, true, null),
                trick("'''a'", Reading.ONE, true, "'a"),
                trick("X'') ; SELECT (''", Reading.MULTI, false, null),
                // a continued string keeps its mode: E'a' newline '\'' is one escape string
                trick("E'a'\n'\\''", Reading.ONE, true, "a'"),
                trick("E'a'\n'\\') ; SELECT ('", Reading.ONE, true, "a') ; SELECT ("),
                trick("'a'\n'\\') ; SELECT ('x'", Reading.MULTI, false, null),
                trick("X'1'\n  'F'", Reading.ONE, true, "00011111"),
                trick("'a'\n'b'", Reading.ONE, true, "ab"),
                trick("'a' 'b'", Reading.GRAMMAR, true, null),
                trick("'a' -- c\n'b'", Reading.ONE, false, "ab"),
                // U& strings are standard strings; the escape character only matters after the scan
                trick("U&'d!0061t' UESCAPE '!'", Reading.ONE, true, "dat"),
                trick("U&'d\\0061t'", Reading.ONE, true, "dat"),
                trick("U&'\\' UESCAPE '!'", Reading.ONE, true, "\\"),
                trick("U&'\\' UESCAPE '!') , ('x'", Reading.ESCAPES, false, null),
                // block comments nest
                trick("1 /* a /* b */ ; */ + 2", Reading.ONE, false, "3"),
                trick("/* a /* b */ 1", Reading.SYNTAX, false, null),
                // U+3000 is a letter for PostgreSQL (any non-ASCII byte is), so it must stay in the text
                trick("\u3000e'\\' || '; SELECT 1 --' || 'x'", Reading.ONE, true, "\\; SELECT 1 --x"));
    }

    private static Arguments trick(String text, Reading reading, boolean accepted, String value) {
        return arguments(DifferentialTally.escaped(text), text, reading, accepted, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tricks")
    void serverReadsTheTrickAsTheLexerSays(String shown, String text, Reading reading, boolean accepted, String value)
            throws SQLException {
        Result result = server.read(text);
        assertEquals(reading, result.reading(), result.describe());
        assertEquals(accepted, lexerAccepts(text), "lexer verdict");
        if (accepted) assertEquals(text, SqlText.requireExpression(text), "the text the tool splices");
        if (value != null) assertEquals(value, server.value(text));
    }

    private static boolean lexerAccepts(String text) {
        try {
            SqlText.requireExpression(text);
            return true;
        } catch (RefusedSqlException e) {
            return false;
        }
    }
}
