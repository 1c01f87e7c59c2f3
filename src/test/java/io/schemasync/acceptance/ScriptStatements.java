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
 * string, which psql would run as a meta-command: the script must hold none. Like psql (14 and later), it keeps the
 * ';' of a SQL-standard function body ({@code BEGIN ATOMIC ... END}) in the statement: after a statement's first
 * word, BEGIN and CASE open a level and END closes one, and ';' inside a level does not split.
 */
final class ScriptStatements {
    private ScriptStatements() {}

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean code = false;
        int depth = 0;
        for (Token t : Lexer.atomicTokens(script)) {
            if (t.kind() == Kind.SEMICOLON && depth == 0) {
                if (code) out.add(script.substring(start, t.start()).strip());
                start = t.end();
                code = false;
            } else if (t.kind() != Kind.SPACE && t.kind() != Kind.COMMENT) {
                String word = t.kind() == Kind.WORD ? script.substring(t.start(), t.end()).toLowerCase() : "";
                if (code && (word.equals("begin") || word.equals("case"))) depth++;
                if (code && word.equals("end") && depth > 0) depth--;
                code = true;
            }
        }
        if (code) out.add(script.substring(start).strip());
        return out;
    }
}
