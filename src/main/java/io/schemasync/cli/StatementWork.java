package io.schemasync.cli;

import io.schemasync.plan.Hazard;
import io.schemasync.plan.Step;
import io.schemasync.sql.Lexer;
import io.schemasync.sql.RefusedSqlException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a statement of the plan does, for the progress line of a statement that takes a while: "building index
 * public.orders.orders_status_idx", "validating constraint public.orders.orders_customer_fk", "rewriting
 * public.orders". Read from the statement's tokens (the tool wrote it, so its shape is known; names are quoted)
 * and from the step's hazards; any other statement is named by its step, as the plan names it.
 */
final class StatementWork {
    /** A token: a keyword or punctuation, or a quoted name (never taken for a keyword). */
    private record Word(String text, boolean quoted) {}

    private final List<Word> words;
    private int at;

    private StatementWork(List<Word> words) {
        this.words = words;
    }

    static String describe(Step step, String sql) {
        List<Word> words;
        try {
            words = words(sql);
        } catch (RefusedSqlException e) {
            return byStep(step);
        }
        String described = new StatementWork(words).read(step);
        return described != null ? described : byStep(step);
    }

    private static String byStep(Step step) {
        return step.change().target() + " " + step.summary();
    }

    /** The tokens that are not space or comments; quoted names unquoted. */
    private static List<Word> words(String sql) {
        return Lexer.tokens(sql).stream()
                .filter(t -> t.kind() != Lexer.Kind.SPACE && t.kind() != Lexer.Kind.COMMENT)
                .map(t -> word(t, sql.substring(t.start(), t.end())))
                .toList();
    }

    private static Word word(Lexer.Token token, String text) {
        if (token.kind() == Lexer.Kind.QUOTED_NAME && text.startsWith("\"")) {
            return new Word(text.substring(1, text.length() - 1).replace("\"\"", "\""), true);
        }
        return new Word(text, false);
    }

    private String read(Step step) {
        if (accept("CREATE")) {
            accept("UNIQUE");
            return accept("INDEX") ? createIndex() : null;
        }
        if (accept("ALTER")) {
            if (accept("TABLE")) return alterTable(step);
            if (accept("DOMAIN")) return alterDomain();
        }
        return null;
    }

    /** CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON [ONLY] [schema.]table ... */
    private String createIndex() {
        accept("CONCURRENTLY");
        if (accept("IF")) {
            accept("NOT");
            accept("EXISTS");
        }
        String index = next();
        if (!accept("ON")) return null;
        accept("ONLY");
        String table = qualified();
        return table == null || index == null ? null : "building index " + table + "." + index;
    }

    /**
     * ALTER TABLE [IF EXISTS] [ONLY] [schema.]table action ...: the actions that read or rewrite the table. The step's
     * hazards say whether a type change or a new column rewrites it; its other statements (DROP CONSTRAINT, RENAME)
     * are named by the step.
     */
    private String alterTable(Step step) {
        if (accept("IF")) accept("EXISTS");
        accept("ONLY");
        String table = qualified();
        if (table == null) return null;
        if (accept("VALIDATE")) return accept("CONSTRAINT") ? "validating constraint " + table + "." + next() : null;
        if (accept("ADD")) {
            if (!accept("CONSTRAINT")) return rewrites(step, table);
            String name = next();
            return validates() ? "adding constraint " + table + "." + name : null;
        }
        if (!accept("ALTER")) return null;
        accept("COLUMN");
        String column = next();
        if (accept("SET") && accept("NOT") && accept("NULL")) return "checking column " + table + "." + column + " for NULLs";
        return rewrites(step, table);
    }

    private static String rewrites(Step step, String table) {
        return has(step, Hazard.Kind.REWRITES_TABLE) ? "rewriting " + table : null;
    }

    /** ALTER DOMAIN [schema.]domain VALIDATE CONSTRAINT name: every column of the domain is scanned. */
    private String alterDomain() {
        String domain = qualified();
        if (domain == null || !accept("VALIDATE") || !accept("CONSTRAINT")) return null;
        return "validating constraint " + next() + " of domain " + domain;
    }

    /** ADD CONSTRAINT reads the table unless NOT VALID, or USING INDEX (an index already built). */
    private boolean validates() {
        String text = words.subList(at, words.size()).stream().filter(w -> !w.quoted()).map(Word::text)
                .collect(Collectors.joining(" ")).toUpperCase(Locale.ROOT);
        return !text.endsWith("NOT VALID") && !text.contains("USING INDEX");
    }

    private static boolean has(Step step, Hazard.Kind kind) {
        return step.hazards().stream().anyMatch(h -> h.kind() == kind);
    }

    /** name or schema.name, as the plan prints names. */
    private String qualified() {
        String first = next();
        if (first == null || !accept(".")) return first;
        String second = next();
        return second == null ? null : first + "." + second;
    }

    private boolean accept(String word) {
        if (at < words.size() && !words.get(at).quoted() && words.get(at).text().equalsIgnoreCase(word)) {
            at++;
            return true;
        }
        return false;
    }

    private String next() {
        return at < words.size() ? words.get(at++).text() : null;
    }
}
