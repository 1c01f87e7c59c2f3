package io.schemasync.acceptance;

import io.schemasync.sql.Lexer;
import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements the way psql does: on top-level semicolons, with strings, quoted names,
 * dollar quotes and comments read as PostgreSQL's scanner reads them ({@link Lexer}: {@code E'\''} strings,
 * {@code _$a$} names), so that each runs on its own as psql runs it (CREATE INDEX CONCURRENTLY refuses to run in a
 * pipeline of several statements). The lexer refuses what it cannot classify, such as a backslash outside a
 * string, which psql would run as a meta-command: the script must hold none.
 */
final class ScriptStatements {
    private ScriptStatements() {}

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean code = false;
        for (Token t : Lexer.tokens(script)) {
            if (t.kind() == Kind.SEMICOLON) {
                if (code) out.add(script.substring(start, t.start()).strip());
                start = t.end();
                code = false;
            } else if (t.kind() != Kind.SPACE && t.kind() != Kind.COMMENT) {
                code = true;
            }
        }
        if (code) out.add(script.substring(start).strip());
        return out;
    }
}
