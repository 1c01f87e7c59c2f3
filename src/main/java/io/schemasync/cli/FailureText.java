package io.schemasync.cli;

import io.schemasync.server.SyncException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database failure as the user reads it: one headline and at most one hint. pgjdbc appends the server's
 * Detail, Hint, Position and Where fields to the exception message as extra lines; of those only the hint tells
 * the user what to do, and the others repeat the statement or name internal functions.
 */
record FailureText(String headline, Optional<String> hint) {
    private static final Pattern HINT = Pattern.compile("(?i)^\\s*hint:\\s*(.+)$");

    FailureText {
        hint = hint.map(String::strip).filter(h -> !h.isEmpty() && !headline.contains(h));
    }

    static FailureText of(SyncException e) {
        List<String> lines = lines(e.getMessage());
        String headline = lines.isEmpty() ? "" : lines.getFirst();
        Optional<String> hint = hintIn(lines);
        if (e.getCause() instanceof SQLException sql) {
            FailureText server = ofServer(sql);
            if (!headline.contains(server.headline())) {
                headline = headline.isEmpty() ? server.headline() : headline + ": " + server.headline();
            }
            headline += state(sql);
            hint = hint.or(server::hint);
        }
        return new FailureText(headline, hint);
    }

    static FailureText of(SQLException e) {
        FailureText server = ofServer(e);
        return new FailureText(server.headline() + state(e), server.hint());
    }

    private static FailureText ofServer(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (server != null && server.getMessage() != null) {
            return new FailureText(firstLine(server.getMessage()), Optional.ofNullable(server.getHint()).map(FailureText::firstLine));
        }
        List<String> lines = lines(io.schemasync.server.SyncException.serverMessage(e));
        return new FailureText(lines.isEmpty() ? e.getClass().getSimpleName() : lines.getFirst(), hintIn(lines));
    }

    private static String state(SQLException e) {
        return e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
    }

    private static Optional<String> hintIn(List<String> lines) {
        return lines.stream().skip(1).map(HINT::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String firstLine(String text) {
        List<String> lines = lines(text);
        return lines.isEmpty() ? "" : lines.getFirst();
    }
}
