package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.kinds.UserType.Attribute;
import io.schemasync.kinds.UserType.Range;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Guard;
import io.schemasync.sql.Sql;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * The steps of composite and range types. A composite changes in place: ALTER TYPE ... RENAME ATTRIBUTE, DROP
 * ATTRIBUTE, ALTER ATTRIBUTE ... TYPE and ADD ATTRIBUTE (which appends: attributes cannot be reordered). PostgreSQL
 * refuses ALTER ATTRIBUTE ... TYPE while a table column holds the type, directly, in an array or inside another
 * type ("cannot alter type ... because column ... uses it"), so the plan refuses it and names the columns. A range
 * has no ALTER for its definition: a change is DROP TYPE and CREATE TYPE, refused while anything uses it.
 */
final class TypeSteps {
    private TypeSteps() {}

    static void create(String schema, UserType t, StepOut out) {
        String sql = createSql(schema, t);
        StepOut.Step step = out.step(Act.CREATE, "create " + describe(t))
                .sql(sql, Guard.doIf("NOT " + Guard.typeExists(schema, t.name()), sql));
        if (t.comment() != null) step.sql(comment(schema, t.name(), t.comment()));
    }

    private static String describe(UserType t) {
        if (t.isRange()) return "range (" + t.range().subtype() + ")";
        int n = t.attributes().size();
        return "composite (" + (n == 1 ? "1 attribute" : n + " attributes") + ")";
    }

    static String createSql(String schema, UserType t) {
        String name = qualified(schema, t.name());
        if (!t.isRange()) {
            return "CREATE TYPE " + name + " AS (" + t.attributes().stream().map(a -> quote(a.name()) + " "
                    + Sql.requireType(a.type())).collect(Collectors.joining(", ")) + ")";
        }
        Range r = t.range();
        List<String> options = new ArrayList<>();
        options.add("SUBTYPE = " + Sql.requireType(r.subtype()));
        if (r.subtypeOpclass() != null) options.add("SUBTYPE_OPCLASS = " + name(r.subtypeOpclass()));
        if (r.collation() != null) options.add("COLLATION = " + quote(r.collation()));
        if (r.canonical() != null) options.add("CANONICAL = " + name(r.canonical()));
        if (r.subtypeDiff() != null) options.add("SUBTYPE_DIFF = " + name(r.subtypeDiff()));
        // Unqualified, the multirange would go to the first schema of the search_path.
        if (r.multirangeTypeName() != null) options.add("MULTIRANGE_TYPE_NAME = " + qualified(schema,
                r.multirangeTypeName()));
        return "CREATE TYPE " + name + " AS RANGE (" + String.join(", ", options) + ")";
    }

    /** A name from the YAML, read as PostgreSQL reads it and quoted part by part. */
    private static String name(String text) {
        return SqlText.qualifiedName(text).stream().map(Sql::quote).collect(Collectors.joining("."));
    }

    private static String comment(String schema, String name, String text) {
        return "COMMENT ON TYPE " + qualified(schema, name) + " IS " + literal(text);
    }

    /** The change cannot be made in place: a changed range, a composite becoming a range, attributes reordered. */
    static boolean recreates(UserType from, UserType to) {
        if (from.isRange() || to.isRange()) return !Objects.equals(from.range(), to.range());
        return new AttributeChanges(from, to).reordered();
    }

    static void alter(String schema, UserType from, UserType to, List<TypeUse> usedBy, StepOut out) {
        if (recreates(from, to)) {
            recreate(schema, from, to, usedBy, out);
            return;
        }
        List<String> what = new ArrayList<>();
        List<String[]> sql = new ArrayList<>();
        String name = qualified(schema, to.name());
        if (!from.name().equals(to.name())) {
            what.add("rename from " + from.name());
            String rename = "ALTER TYPE " + qualified(schema, from.name()) + " RENAME TO " + quote(to.name());
            sql.add(new String[] {rename, Guard.doIf(Guard.typeExists(schema, from.name()) + " AND NOT "
                    + Guard.typeExists(schema, to.name()), rename)});
            multirangeFollows(schema, from, to, out.server(), what, sql);
            constructorsFollow(schema, from, to, what, sql);
        }
        AttributeChanges changes = new AttributeChanges(from, to);
        changes.statements(schema, name, what, sql);
        if (!Objects.equals(from.comment(), to.comment())) {
            what.add(to.comment() == null ? "remove comment" : "comment " + literal(to.comment()));
            String c = comment(schema, to.name(), to.comment());
            sql.add(new String[] {c, c});
        }
        StepOut.Step step = out.step(Act.ALTER, String.join(", ", what));
        sql.forEach(s -> step.sql(s[0], s[1]));
        List<String> typed = from.dependents().stream().filter(d -> d.startsWith("table ")).toList();
        if (changes.any() && !typed.isEmpty()) {
            step.risk(Risk.UNSUPPORTED, String.join(", ", typed) + (typed.size() == 1 ? " is a typed table" : " are typed"
                    + " tables") + " of the type (CREATE TABLE ... OF), which schemasync does not change: alter the"
                    + " type by hand with ALTER TYPE ... CASCADE");
        }
        List<String> heldBy = new ArrayList<>(usedBy.stream().map(TypeUse::path).sorted().toList());
        from.dependents().stream().filter(d -> d.startsWith("materialized view ")).forEach(heldBy::add);
        if (!changes.retyped().isEmpty() && !heldBy.isEmpty()) {
            step.risk(Risk.UNSUPPORTED, "PostgreSQL cannot change the type of attribute" + plural(changes.retyped())
                    + " while columns hold the type (" + String.join(", ", heldBy) + "): add a new attribute and copy"
                    + " the values, or change those columns' type first");
        }
        if (!changes.dropped().isEmpty()) dropsAttributes(step, changes.dropped(), usedBy);
    }

    /**
     * A range renamed keeps its multirange's name (ALTER TYPE renames the range alone), but a range whose multirange
     * had the default name ({@code period_multirange}) and whose YAML names none expects the default name of its new
     * name: the multirange is renamed with it. On a server of unknown major the statement is guarded (PostgreSQL 13
     * has no multiranges).
     */
    private static void multirangeFollows(String schema, UserType from, UserType to, StepOut.Capabilities server,
                                          List<String> what, List<String[]> sql) {
        if (!from.isRange() || !to.isRange() || from.range().multirangeTypeName() != null
                || to.range().multirangeTypeName() != null || server.known() && !server.multiranges()) return;
        String old = Types.defaultMultirangeName(from.name());
        String now = Types.defaultMultirangeName(to.name());
        if (old.equals(now)) return;
        what.add("multirange renamed to " + now);
        String rename = "ALTER TYPE " + qualified(schema, old) + " RENAME TO " + quote(now);
        String guarded = Guard.doIf(Guard.typeExists(schema, old) + " AND NOT " + Guard.typeExists(schema, now), rename);
        sql.add(new String[] {server.known() ? rename : guarded, guarded});
    }

    /**
     * A range's constructor functions ({@code period(lower, upper)}, {@code period(lower, upper, bounds)}, and its
     * multirange's) keep their names when the type is renamed: a database built from the YAML has them under the
     * type's new name, so {@code booking_period(a, b)} would not exist. They are renamed to the name of the type
     * they make (found by pairs of seed 120714, pair 53). By the catalog (the functions the type needs, by its
     * internal dependency), so the statement replays and needs no argument type spelled out.
     */
    private static void constructorsFollow(String schema, UserType from, UserType to, List<String> what,
                                           List<String[]> sql) {
        if (!from.isRange() || !to.isRange()) return;
        String sqlText = "DECLARE r record;\nBEGIN\n  FOR r IN SELECT p.oid::pg_catalog.regprocedure AS f, t.typname"
                + " FROM pg_catalog.pg_proc p\n      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::"
                + "pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'i'\n      JOIN pg_catalog.pg_type t ON t.oid ="
                + " d.refobjid AND t.oid = p.prorettype\n      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
                + "      WHERE n.nspname = " + literal(schema) + " AND t.typname IN (" + literal(to.name()) + ", "
                + literal(to.range().multirangeTypeName() != null ? to.range().multirangeTypeName()
                : Types.defaultMultirangeName(to.name())) + ")\n"
                + "        AND p.pronamespace = n.oid AND p.proname <> t.typname LOOP\n"
                + "    EXECUTE pg_catalog.format('ALTER FUNCTION %s RENAME TO %I', r.f, r.typname);\n  END LOOP;\nEND\n";
        String tag = "$schemasync$";
        for (int n = 1; sqlText.contains(tag); n++) tag = "$schemasync" + n + "$";
        String block = "DO " + tag + "\n" + sqlText + tag;
        what.add("constructor functions renamed with it");
        sql.add(new String[] {block, block});
    }

    private static String plural(List<String> names) {
        return (names.size() == 1 ? " " : "s ") + String.join(", ", names);
    }

    /**
     * A dropped attribute's values are gone from every value of the type, in every column that holds it; the plan
     * counts the rows that have a value there.
     */
    private static void dropsAttributes(StepOut.Step step, List<String> dropped, List<TypeUse> usedBy) {
        step.risk(Risk.DESTRUCTIVE, "drops attribute" + plural(dropped) + (usedBy.isEmpty() ? ""
                : ", and their values in " + paths(usedBy)));
        for (TypeUse use : usedBy) {
            var c = use.column();
            String held = use.array() || dropped.size() > 1 ? quote(c.name()) + " IS NOT NULL"
                    : "(" + quote(c.name()) + ")." + quote(dropped.get(0)) + " IS NOT NULL";
            step.rows("SELECT pg_catalog.count(*) FROM (SELECT 1 FROM " + qualified(c.schema(), c.table()) + " WHERE "
                    + held + " LIMIT 1000001) AS r", "drops values in {n} rows of " + use.path());
        }
    }

    /** Drop and create: only while nothing uses the type, since DROP TYPE would take the columns' data with it. */
    private static void recreate(String schema, UserType from, UserType to, List<TypeUse> usedBy, StepOut out) {
        String summary = from.isRange() && to.isRange() ? "range " + rangeText(from.range()) + " → "
                + rangeText(to.range()) : from.isRange() != to.isRange() ? (to.isRange() ? "composite → range"
                : "range → composite") : "attribute order " + names(from) + " → " + names(to);
        StepOut.Step step = out.step(Act.ALTER, "recreate (" + summary + ")");
        Optional<String> blocked = blockers(usedBy, from.dependents());
        if (blocked.isPresent()) {
            String why = from.isRange() && to.isRange() ? "PostgreSQL cannot alter a range type"
                    : from.isRange() != to.isRange() ? "a type cannot change between composite and range"
                    : "PostgreSQL adds attributes only at the end and cannot reorder them";
            step.risk(Risk.UNSUPPORTED, why + "; it must be dropped and created again, which " + blocked.get()
                    + " prevent" + (usedBy.size() + from.dependents().size() == 1 ? "s" : "")
                    + ": create a new type, move them to it, then drop this one");
            return;
        }
        String drop = "DROP TYPE " + qualified(schema, from.name());
        String create = createSql(schema, to);
        step.sql(drop, "DROP TYPE IF EXISTS " + qualified(schema, from.name()))
                .sql(create, Guard.doIf("NOT " + Guard.typeExists(schema, to.name()), create));
        if (to.comment() != null) step.sql(comment(schema, to.name(), to.comment()));
    }

    private static String names(UserType t) {
        return "(" + t.attributes().stream().map(Attribute::name).collect(Collectors.joining(", ")) + ")";
    }

    private static String rangeText(Range r) {
        List<String> parts = new ArrayList<>(List.of(r.subtype()));
        if (r.subtypeOpclass() != null) parts.add("opclass " + r.subtypeOpclass());
        if (r.collation() != null) parts.add("collation " + r.collation());
        if (r.canonical() != null) parts.add("canonical " + r.canonical());
        if (r.subtypeDiff() != null) parts.add("subtype_diff " + r.subtypeDiff());
        if (r.multirangeTypeName() != null) parts.add("multirange " + r.multirangeTypeName());
        return "(" + String.join(", ", parts) + ")";
    }

    /** "columns public.t.c and function public.f(r)": what keeps the type from being dropped; empty when nothing. */
    private static Optional<String> blockers(List<TypeUse> usedBy, List<String> dependents) {
        List<String> parts = new ArrayList<>();
        if (!usedBy.isEmpty()) parts.add((usedBy.size() == 1 ? "column " : "columns ") + paths(usedBy));
        parts.addAll(dependents);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts));
    }

    static void drop(String schema, UserType t, List<TypeUse> usedBy, StepOut out) {
        StepOut.Step step = out.step(Act.DROP, "drop");
        Optional<String> blocked = blockers(usedBy, t.dependents());
        if (blocked.isPresent()) {
            step.risk(Risk.UNSUPPORTED, blocked.get() + " use" + (usedBy.size() + t.dependents().size() == 1 ? "s" : "")
                    + " it; change or drop " + (usedBy.size() + t.dependents().size() == 1 ? "that" : "those")
                    + " first, then drop the type");
            return;
        }
        String name = qualified(schema, t.name());
        step.risk(Risk.DESTRUCTIVE, "drops the type").sql("DROP TYPE " + name, "DROP TYPE IF EXISTS " + name);
    }

    private static String paths(List<TypeUse> columns) {
        return columns.stream().map(TypeUse::path).sorted().collect(Collectors.joining(", "));
    }

    /**
     * How the attributes of a composite go from {@code from} to {@code to}: renames (declared), drops, type changes
     * and additions, which PostgreSQL can only append.
     */
    private static final class AttributeChanges {
        private final Map<String, String> renames = new LinkedHashMap<>();
        private final List<Attribute> renamed = new ArrayList<>();
        private final UserType to;

        AttributeChanges(UserType from, UserType to) {
            this.to = to;
            for (Attribute a : to.attributes()) {
                if (a.renamedFrom() != null && from.attributes().stream().anyMatch(f -> f.name().equals(a.renamedFrom()))
                        && to.attributes().stream().noneMatch(x -> x.name().equals(a.renamedFrom()))
                        && from.attributes().stream().noneMatch(f -> f.name().equals(a.name()))) {
                    renames.put(a.renamedFrom(), a.name());
                }
            }
            from.attributes().forEach(a -> renamed.add(new Attribute(renames.getOrDefault(a.name(), a.name()),
                    a.type(), null)));
        }

        private Optional<Attribute> wanted(String name) {
            return to.attributes().stream().filter(a -> a.name().equals(name)).findFirst();
        }

        /** Any attribute renamed, dropped, retyped or added. */
        boolean any() {
            return !renames.isEmpty() || !dropped().isEmpty() || !retyped().isEmpty() || !added().isEmpty();
        }

        List<String> dropped() {
            return renamed.stream().map(Attribute::name).filter(n -> wanted(n).isEmpty()).toList();
        }

        List<String> retyped() {
            return renamed.stream().filter(a -> wanted(a.name()).filter(w -> !w.type().equals(a.type())).isPresent())
                    .map(Attribute::name).toList();
        }

        List<Attribute> added() {
            return to.attributes().stream().filter(a -> renamed.stream().noneMatch(r -> r.name().equals(a.name())))
                    .toList();
        }

        /** The attributes kept must stay in their order and come first: ADD ATTRIBUTE appends. */
        boolean reordered() {
            List<String> kept = renamed.stream().map(Attribute::name).filter(n -> wanted(n).isPresent()).toList();
            List<String> order = new ArrayList<>(kept);
            added().forEach(a -> order.add(a.name()));
            return !order.equals(to.attributes().stream().map(Attribute::name).toList());
        }

        void statements(String schema, String name, List<String> what, List<String[]> sql) {
            String alter = "ALTER TYPE " + name;
            renames.forEach((old, now) -> {
                what.add("rename attribute " + old + " → " + now);
                String s = alter + " RENAME ATTRIBUTE " + quote(old) + " TO " + quote(now);
                sql.add(new String[] {s, Guard.doIf(exists(schema, old) + " AND NOT " + exists(schema, now), s)});
            });
            for (String d : dropped()) {
                what.add("drop attribute " + d);
                sql.add(new String[] {alter + " DROP ATTRIBUTE " + quote(d), alter + " DROP ATTRIBUTE IF EXISTS "
                        + quote(d)});
            }
            for (String r : retyped()) {
                String from = renamed.stream().filter(a -> a.name().equals(r)).findFirst().orElseThrow().type();
                String type = wanted(r).orElseThrow().type();
                what.add("attribute " + r + " " + from + " → " + type);
                String s = alter + " ALTER ATTRIBUTE " + quote(r) + " TYPE " + Sql.requireType(type);
                sql.add(new String[] {s, s});
            }
            for (Attribute a : added()) {
                what.add("add attribute " + a.name() + " " + a.type());
                String s = alter + " ADD ATTRIBUTE " + quote(a.name()) + " " + Sql.requireType(a.type());
                sql.add(new String[] {s, Guard.doIf("NOT " + exists(schema, a.name()), s)});
            }
        }

        /** The attribute is there, on the type of the new name (the rename, if any, runs first). */
        private String exists(String schema, String attribute) {
            return "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid"
                    + " WHERE t.oid = pg_catalog.to_regtype(" + literal(qualified(schema, to.name())) + ") AND a.attname = "
                    + literal(attribute) + " AND a.attnum > 0 AND NOT a.attisdropped)";
        }
    }
}
