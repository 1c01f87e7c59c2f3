package io.schemasync.canonical;

import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points references to the desired schema's own types and sequences at their scratch copies: a column type
 * {@code mood} of a table in schema app (where the type is defined), {@code app.mood} or {@code "Sales"."Stage"}
 * in a type or a cast, {@code nextval('app.invoice_no')} in a default. Functions and other objects that
 * schemasync does not manage stay where they are.
 */
final class ScratchReferences {
    private final Map<String, String> scratch;
    private final Map<Pattern, String> qualified = new LinkedHashMap<>();

    ScratchReferences(Database desired, Map<String, String> scratch) {
        this.scratch = scratch;
        for (Schema s : desired.schemas()) {
            for (EnumType e : s.enums()) add(s.name(), e.name());
            for (Sequence q : s.sequences()) add(s.name(), q.name());
            for (SchemaObject o : s.objects()) {
                if (Kinds.of(o).isType() || Kinds.of(o).isRelation()) add(s.name(), o.name());
            }
            // Views name the tables and views they read.
            for (Table t : s.tables()) add(s.name(), t.name());
        }
    }

    private void add(String schema, String name) {
        String target = Sql.quote(scratch.get(schema)) + "." + Identifiers.display(name);
        List<String> schemas = spellings(schema), names = spellings(name);
        for (String sp : schemas) {
            for (String np : names) {
                qualified.put(Pattern.compile("(?<![\\w$\"])" + Pattern.quote(sp + "." + np) + "(?![\\w$])"),
                        Matcher.quoteReplacement(target));
            }
        }
    }

    /** How a name may be written: quoted always; bare when it is a lower-case identifier. */
    private static List<String> spellings(String name) {
        List<String> out = new ArrayList<>();
        out.add(Sql.quote(name));
        if (name.matches("[a-z_][a-z0-9_$]*")) out.add(name);
        return out;
    }

    String expression(String text) {
        if (text == null) return null;
        String out = text;
        for (var e : qualified.entrySet()) out = e.getKey().matcher(out).replaceAll(e.getValue());
        return out;
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
