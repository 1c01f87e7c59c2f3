package io.schemasync.canonical;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Lexer;
import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;
import io.schemasync.sql.RefusedSqlException;
import io.schemasync.sql.Sql;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points references to the desired schema's own types and sequences at their scratch copies: a column type
 * {@code mood} of a table in schema app (where the type is defined), {@code app.mood} or {@code "Sales"."Stage"}
 * in a type or a cast, {@code nextval('app.invoice_no')} in a default, {@code app.total_for(id)} in a view or a
 * function's body. Objects that schemasync does not manage stay where they are.
 */
final class ScratchReferences {
    private final Map<String, String> scratch;
    /** schema → name → the scratch copy's qualified name, as PostgreSQL reads the names (folded, unquoted). */
    private final Map<String, Map<String, String>> qualified = new HashMap<>();

    ScratchReferences(Database desired, Map<String, String> scratch) {
        this.scratch = scratch;
        for (Schema s : desired.schemas()) {
            for (EnumType e : s.enums()) add(s.name(), e.name());
            for (Sequence q : s.sequences()) add(s.name(), q.name());
            for (SchemaObject o : s.objects()) {
                if (Kinds.of(o).isType() || Kinds.of(o).isRelation()) add(s.name(), o.name());
                // A function is called by its name alone: app.total_for(id).
                Kinds.of(o).alsoKnownAsAny(s.name(), o).forEach(ref -> add(s.name(), ref.name()));
            }
            // Views name the tables and views they read.
            for (Table t : s.tables()) add(s.name(), t.name());
        }
    }

    private void add(String schema, String name) {
        qualified.computeIfAbsent(schema, k -> new HashMap<>())
                .put(name, Sql.quote(scratch.get(schema)) + "." + Identifiers.display(name));
    }

    /**
     * The text with every {@code schema.name} of the desired schema's own objects pointed at the scratch copy,
     * read token by token as PostgreSQL reads it: {@code App.Orders} and {@code app . orders} are app.orders,
     * {@code "App".orders} is not; words in strings and comments are not names, except a string that is a
     * qualified name as a whole ({@code nextval('app.invoice_no')}, {@code 'app.orders'::regclass}). One pass over
     * the tokens, whatever the number of objects (a pattern per object made a 1,000-table plan three times slower).
     */
    String expression(String text) {
        if (text == null || qualified.isEmpty()) return text;
        // Read as a function's body may be ($1): the result is checked again where it is placed in a statement.
        List<Token> tokens = Lexer.bodyTokens(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.STRING) {
                String replaced = string(text.substring(t.start(), t.end()));
                if (replaced != null) {
                    out.append(text, copied, t.start()).append(replaced);
                    copied = t.end();
                }
                continue;
            }
            if (!isName(t) || (previous(tokens, i) instanceof Token p && isDot(text, p))) continue;
            int dot = next(tokens, i);
            if (dot < 0 || !isDot(text, tokens.get(dot))) continue;
            int second = next(tokens, dot);
            if (second < 0 || !isName(tokens.get(second))) continue;
            String target = target(nameOf(text, t), nameOf(text, tokens.get(second)));
            if (target == null) continue;
            out.append(text, copied, t.start()).append(target);
            copied = tokens.get(second).end();
            i = second;
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** A string literal that is one qualified name of ours, pointed at the scratch copy; else null. */
    private String string(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '\'' || literal.charAt(literal.length() - 1) != '\'') return null;
        String content = literal.substring(1, literal.length() - 1).replace("''", "'");
        List<Token> tokens;
        try {
            tokens = Lexer.tokens(content).stream().filter(t -> t.kind() != Kind.SPACE).toList();
        } catch (RefusedSqlException notNames) {
            return null;
        }
        if (tokens.size() != 3 || !isName(tokens.get(0)) || !isDot(content, tokens.get(1)) || !isName(tokens.get(2))) {
            return null;
        }
        String target = target(nameOf(content, tokens.get(0)), nameOf(content, tokens.get(2)));
        return target == null ? null : "'" + target.replace("'", "''") + "'";
    }

    private String target(String schema, String name) {
        Map<String, String> names = qualified.get(schema);
        return names == null ? null : names.get(name);
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_NAME;
    }

    private static boolean isDot(String text, Token t) {
        return t.kind() == Kind.PUNCTUATION && t.end() - t.start() == 1 && text.charAt(t.start()) == '.';
    }

    private static String nameOf(String text, Token t) {
        return SqlText.identifier(text, t);
    }

    private static int next(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) if (tokens.get(j).kind() != Kind.SPACE) return j;
        return -1;
    }

    private static Token previous(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) if (tokens.get(j).kind() != Kind.SPACE) return tokens.get(j);
        return null;
    }

    /** A column type: qualified references as in expressions; a bare name of an enum of the table's own schema. */
    String type(Schema own, String type) {
        String mapped = expression(type);
        if (!mapped.equals(type)) return mapped;
        String base = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        String suffix = type.substring(base.length());
        String bare = base.startsWith("\"") && base.endsWith("\"") && base.length() > 1
                ? base.substring(1, base.length() - 1).replace("\"\"", "\"") : base;
        if (own.enumType(bare).isPresent() || own.objects().stream()
                .anyMatch(o -> o.name().equals(bare) && Kinds.of(o).isType())) {
            return Sql.quote(scratch.get(own.name())) + "." + Sql.quote(bare) + suffix;
        }
        return type;
    }

    Database apply(Database desired) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : desired.schemas()) {
            List<Table> tables = s.tables().stream().map(t -> table(s, t)).toList();
            List<SchemaObject> objects = s.objects().stream()
                    .map(o -> Kinds.of(o).mapSqlAny(o, type -> type(s, type), this::expression)).toList();
            schemas.add(s.withTables(tables).withObjects(objects));
        }
        return new Database(schemas);
    }

    private Table table(Schema own, Table t) {
        return t.mapSql(type -> type(own, type), this::expression);
    }
}
