package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Lexer;
import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Triggers: {@code CREATE [CONSTRAINT] TRIGGER name {BEFORE|AFTER} events ON table [DEFERRABLE ...] FOR EACH
 * {ROW|STATEMENT} [WHEN (condition)] EXECUTE FUNCTION f('arg', ...)}. They belong to a table: the YAML has them under
 * the table, a table rename carries them along, and dropping the table drops them. What they are is read from
 * {@code pg_trigger} field by field, and the WHEN condition from {@code pg_get_triggerdef}, as the server prints it
 * (canonicalization prints the YAML's the same way). A new definition is {@code CREATE OR REPLACE TRIGGER} on
 * PostgreSQL 14 and later, a drop and a create in the same transaction before, and always for constraint triggers
 * (which cannot be replaced). See https://www.postgresql.org/docs/current/sql-createtrigger.html.
 */
public final class Triggers implements ObjectKind<Trigger> {
    public static final Triggers KIND = new Triggers();

    private static final Set<String> KEYS = Set.of("timing", "events", "update_of", "old_table", "new_table", "for_each", "when", "function",
            "arguments", "constraint", "deferrable", "initially_deferred", "enabled", "comment", "renamed_from");
    private static final Map<String, String> ENABLED_CODES = Map.of("O", "origin", "D", "disabled", "R", "replica",
            "A", "always");

    private Triggers() {}

    @Override
    public String key() {
        return "triggers";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.TRIGGER;
    }

    @Override
    public Class<Trigger> type() {
        return Trigger.class;
    }

    @Override
    public boolean isType() {
        return false;
    }

    @Override
    public boolean belongsToTable() {
        return true;
    }

    /** INSTEAD OF triggers (and statement triggers) on views. */
    @Override
    public boolean onViews() {
        return true;
    }

    /** Materialized with its table (and with the function, when that reads tables). */
    @Override
    public boolean usesRelations() {
        return true;
    }

    /** {@code users.set_updated_at} (as {@code drop:} names a trigger) is the trigger's identity. */
    @Override
    public String identity(String key) {
        List<String> parts = qualifiedName(key);
        return parts.size() == 2 ? Trigger.identity(parts.get(0), parts.get(1)) : key;
    }

    @Override
    public boolean readable(String key) {
        return qualifiedName(key).size() == 2;
    }

    @Override
    public String identityExample() {
        return "a table and its trigger like users.set_updated_at";
    }

    @Override
    public String yamlKey(Trigger t) {
        return t.trigger();
    }

    @Override
    public Optional<String> renamedFrom(Trigger t) {
        return Optional.ofNullable(t.renamedFrom()).map(old -> Trigger.identity(t.table(), old));
    }

    @Override
    public Trigger restore(Trigger canonical, Trigger desired) {
        return canonical.withRenamedFrom(desired.renamedFrom());
    }

    /** "trigger name on table users", as pg_describe_object prints it (the table qualified outside the search_path). */
    @Override
    public Set<String> describedAs(String schema, Trigger t) {
        Set<String> out = new LinkedHashSet<>();
        for (String relation : List.of("table ", "partitioned table ", "view ")) {
            out.add("trigger " + t.trigger() + " on " + relation + Identifiers.display(t.table()));
            out.add("trigger " + t.trigger() + " on " + relation + Identifiers.display(schema) + "."
                    + Identifiers.display(t.table()));
        }
        return out;
    }

    @Override
    public Trigger onTable(Trigger t, String table, UnaryOperator<String> columns, UnaryOperator<String> expressions) {
        return t.withTable(table, t.updateOf().stream().map(columns).toList(),
                t.when() == null ? null : expressions.apply(t.when()));
    }

    // ---- YAML

    @Override
    public Optional<Trigger> read(String schema, String name, YamlIn in) {
        in.allowKeys(KEYS);
        return new TriggerYaml(in).read(schema, in.table(), name);
    }

    @Override
    public Map<String, Object> write(Trigger t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("timing", t.timing());
        out.put("events", t.events());
        if (!t.updateOf().isEmpty()) out.put("update_of", t.updateOf());
        if (t.oldTable() != null) out.put("old_table", t.oldTable());
        if (t.newTable() != null) out.put("new_table", t.newTable());
        out.put("for_each", t.forEachRow() ? "row" : "statement");
        if (t.when() != null) out.put("when", t.when());
        out.put("function", functionText(t));
        if (!t.arguments().isEmpty()) out.put("arguments", t.arguments());
        if (t.constraint()) out.put("constraint", true);
        if (t.deferrable()) out.put("deferrable", true);
        if (t.initiallyDeferred()) out.put("initially_deferred", true);
        if (!t.enabled().equals("origin")) out.put("enabled", t.enabled());
        if (t.comment() != null) out.put("comment", t.comment());
        return out;
    }

    /** The function without the schema when that is the table's own, as people write it. */
    @Override
    public Map<String, Object> write(String schema, Trigger t) {
        Map<String, Object> out = write(t);
        if (t.functionSchema().equals(schema)) out.put("function", Identifiers.display(t.function()));
        return out;
    }

    /** The function, qualified. */
    private static String functionText(Trigger t) {
        return Identifiers.display(t.functionSchema()) + "." + Identifiers.display(t.function());
    }

    // ---- catalog

    /**
     * The triggers of the tables (and views) of the managed schemas, without the internal ones (foreign keys'),
     * those PostgreSQL cloned onto partitions, and those of tables that belong to an extension. The arguments are
     * a bytea of NUL-terminated strings, read in its escape form ({@code \000} ends one).
     */
    @Override
    public String catalogQuery() {
        return """
                select n.nspname::text as schema, c.relname::text as table_name, g.tgname::text as name,
                       g.tgtype::int::text as type, g.tgoldtable::text as old_table, g.tgnewtable::text as new_table,
                       array(select a.attname::text
                             from unnest(g.tgattr::int2[]) with ordinality u(attnum, i)
                             join pg_catalog.pg_attribute a on a.attrelid = g.tgrelid and a.attnum = u.attnum
                             order by u.i) as update_of,
                       pg_catalog.pg_get_triggerdef(g.oid) as definition,
                       fn.nspname::text as function_schema, p.proname::text as function_name,
                       g.tgnargs::text as nargs, pg_catalog.encode(g.tgargs, 'escape') as arguments,
                       g.tgconstraint <> 0 as is_constraint, g.tgdeferrable as deferrable,
                       g.tginitdeferred as initially_deferred, g.tgenabled::text as enabled,
                       d.description as comment
                from pg_catalog.pg_trigger g
                join pg_catalog.pg_class c on c.oid = g.tgrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                join pg_catalog.pg_proc p on p.oid = g.tgfoid
                join pg_catalog.pg_namespace fn on fn.oid = p.pronamespace
                left join pg_catalog.pg_description d on d.objoid = g.oid
                     and d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass and d.objsubid = 0
                where not g.tgisinternal and g.tgparentid = 0 and n.nspname::text = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend x
                                  where x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                    and x.objid = c.oid and x.deptype = 'e')
                order by n.nspname, c.relname, g.tgname""";
    }

    @Override
    public Trigger fromCatalog(CatalogRow row) {
        int type = Integer.parseInt(row.text("type"));
        List<String> events = new ArrayList<>();
        if ((type & 4) != 0) events.add("insert");
        if ((type & 16) != 0) events.add("update");
        if ((type & 8) != 0) events.add("delete");
        if ((type & 32) != 0) events.add("truncate");
        String timing = (type & 64) != 0 ? "instead_of" : (type & 2) != 0 ? "before" : "after";
        return new Trigger(row.text("table_name"), row.text("name"), timing, events, row.texts("update_of"),
                row.text("old_table"), row.text("new_table"), (type & 1) != 0, whenOf(row.text("definition")), row.text("function_schema"),
                row.text("function_name"), TriggerArguments.decode(row.text("arguments"),
                        Integer.parseInt(row.text("nargs"))),
                row.bool("is_constraint"), row.bool("deferrable"), row.bool("initially_deferred"),
                ENABLED_CODES.getOrDefault(row.text("enabled"), "origin"), row.text("comment"), null);
    }

    /**
     * The condition of {@code ... WHEN (condition) EXECUTE FUNCTION ...} as pg_get_triggerdef prints it: the text
     * between the parentheses after the first WHEN that is a word of its own (names and strings before it, such as a
     * table called "when", are tokens of other kinds); null when there is none.
     */
    static String whenOf(String definition) {
        List<Token> tokens = Lexer.tokens(definition);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.WORD && definition.substring(t.start(), t.end()).equalsIgnoreCase("EXECUTE")) return null;
            if (t.kind() != Kind.WORD || !definition.substring(t.start(), t.end()).equalsIgnoreCase("WHEN")) continue;
            int open = i + 1;
            while (tokens.get(open).kind() == Kind.SPACE) open++;
            int depth = 0;
            for (int j = open; j < tokens.size(); j++) {
                if (tokens.get(j).kind() == Kind.OPEN) depth++;
                if (tokens.get(j).kind() == Kind.CLOSE && --depth == 0) {
                    return SqlText.trim(definition.substring(tokens.get(open).end(), tokens.get(j).start()));
                }
            }
        }
        return null;
    }

    @Override
    public Trigger mapSql(Trigger t, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        // As a call, which is how the other stages find the names of functions in SQL text.
        List<String> function = qualifiedName(expressions.apply(functionText(t) + "()"));
        Trigger mapped = t.withTable(t.table(), t.updateOf(), t.when() == null ? null : expressions.apply(t.when()));
        return function.size() == 2 ? mapped.withFunction(function.get(0), function.get(1)) : mapped;
    }

    /** Its table, the function it executes and the functions its condition calls. */
    @Override
    public Set<ObjectRef> dependsOn(String schema, Trigger t) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        out.add(ObjectRef.of(ObjectRef.Kind.TABLE, schema, t.table()));
        out.add(ObjectRef.of(ObjectRef.Kind.FUNCTION, t.functionSchema(), t.function()));
        if (t.when() != null) out.addAll(Functions.calls(t.when()));
        return out;
    }

    /** The columns of UPDATE OF, and every word of the condition as a column of the table. */
    @Override
    public Set<ObjectRef> columnsRead(String schema, Trigger t) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        t.updateOf().forEach(c -> out.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN, schema, t.table(), c)));
        if (t.when() != null) {
            for (List<String> name : SqlText.names(t.when())) {
                out.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN, schema, t.table(), name.get(name.size() - 1)));
            }
        }
        return out;
    }

    @Override
    public Optional<Rejection> locate(Trigger t, String statement, int offset, String where) {
        if (t.when() == null || offset < 0) return Optional.empty();
        int start = statement.indexOf(" WHEN (" + t.when() + ")");
        if (start < 0 || offset < start + 7 || offset > start + 7 + t.when().length()) return Optional.empty();
        return Optional.of(new Rejection("when", "at character " + (offset - start - 6) + " of the condition"));
    }

    // ---- steps

    @Override
    public void create(String schema, Trigger t, StepOut out) {
        StepOut.Step step = out.step(Act.CREATE, "create (" + TriggerSql.describe(t) + ")")
                .sql(TriggerSql.create(schema, t, false), TriggerSql.guardedCreate(schema, t));
        TriggerSql.enabled(schema, t).ifPresent(step::sql);
        if (t.comment() != null) step.sql(TriggerSql.comment(schema, t));
    }

    @Override
    public void alter(String schema, Trigger from, Trigger to, List<TypeUse> usedBy, StepOut out) {
        TriggerSql.alter(schema, from, to, out);
    }

    @Override
    public boolean canReattach() {
        return true;
    }

    @Override
    public String dropStatement(String schema, Trigger t, boolean ifExists) {
        return TriggerSql.drop(schema, t, ifExists);
    }

    @Override
    public void drop(String schema, Trigger t, List<TypeUse> usedBy, StepOut out) {
        out.step(Act.DROP, "drop").risk(Risk.DESTRUCTIVE, "drops the trigger: what it does on writes to "
                        + schema + "." + t.table() + " stops")
                .sql(TriggerSql.drop(schema, t, false), TriggerSql.drop(schema, t, true));
    }

    /**
     * A name or a qualified name ({@code app.set_updated_at}, {@code "My Table".trg}), read as PostgreSQL reads
     * names, with an empty argument list allowed after it ({@code set_updated_at()}); empty when it is none.
     */
    static List<String> qualifiedName(String text) {
        String name = text == null ? "" : SqlText.trim(text);
        if (name.endsWith(")")) name = name.replaceFirst("\\(\\s*\\)$", "");
        try {
            return SqlText.qualifiedName(name);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
