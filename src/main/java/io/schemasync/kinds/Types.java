package io.schemasync.kinds;

import io.schemasync.kinds.UserType.Attribute;
import io.schemasync.kinds.UserType.Range;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.TypeNames;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Sql;
import io.schemasync.sql.SqlText;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Composite and range types ({@code types:}): {@code CREATE TYPE name AS (attribute type, ...)} and {@code CREATE
 * TYPE name AS RANGE (SUBTYPE = ..., ...)}. Composite types change in place with ALTER TYPE ... ADD / DROP / ALTER /
 * RENAME ATTRIBUTE; a range cannot be altered, so a changed range is dropped and created again while nothing uses
 * it. Enums stay under {@code enums:}. Table row types are not types of this kind (relkind 'c' only), and the
 * multirange type a range brings along (PostgreSQL 14+) is part of its range.
 * See https://www.postgresql.org/docs/current/sql-createtype.html and sql-altertype.html.
 */
public final class Types implements ObjectKind<UserType> {
    public static final Types KIND = new Types();

    private static final Set<String> KEYS = Set.of("attributes", "range", "comment", "renamed_from");
    private static final Set<String> ATTRIBUTE_KEYS = Set.of("type", "renamed_from");
    private static final Set<String> RANGE_KEYS = Set.of("subtype", "subtype_opclass", "collation", "canonical",
            "subtype_diff", "multirange_type_name");

    private Types() {}

    @Override
    public String key() {
        return "types";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.USER_TYPE;
    }

    @Override
    public Class<UserType> type() {
        return UserType.class;
    }

    @Override
    public boolean isType() {
        return true;
    }

    @Override
    public Optional<String> renamedFrom(UserType t) {
        return Optional.ofNullable(t.renamedFrom());
    }

    /** The server keeps no renamed_from: the type's and its attributes' come back from the YAML. */
    @Override
    public UserType restore(UserType canonical, UserType desired) {
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < canonical.attributes().size(); i++) {
            Attribute a = canonical.attributes().get(i);
            String from = i < desired.attributes().size() && desired.attributes().get(i).name().equals(a.name())
                    ? desired.attributes().get(i).renamedFrom() : null;
            attributes.add(new Attribute(a.name(), a.type(), from));
        }
        return new UserType(canonical.name(), attributes, canonical.range(), canonical.comment(),
                desired.renamedFrom(), List.of(), false);
    }

    // ---- YAML

    @Override
    public Optional<UserType> read(String schema, String name, YamlIn in) {
        in.allowKeys(KEYS);
        boolean composite = in.has("attributes");
        boolean range = in.has("range");
        if (composite == range) {
            in.error(composite ? "range" : null, in.where() + (composite ? " has both attributes and range;"
                    + " a type is either composite or a range: keep one"
                    : " needs attributes (a composite type: attributes: {street: text, city: text}) or range"
                    + " (a range type: range: {subtype: numeric})"));
            return Optional.empty();
        }
        String comment = in.text("comment").filter(c -> !c.isEmpty()).orElse(null);
        String renamedFrom = in.text("renamed_from").orElse(null);
        if (renamedFrom != null && !name(in, "renamed_from", null, renamedFrom)) return Optional.empty();
        if (range) {
            return readRange(in).map(r -> new UserType(name, List.of(), r, comment, renamedFrom, List.of(), false));
        }
        return readAttributes(in).map(a -> new UserType(name, a, null, comment, renamedFrom, List.of(), false));
    }

    private static Optional<List<Attribute>> readAttributes(YamlIn in) {
        List<Attribute> out = new ArrayList<>();
        boolean ok = true;
        Set<String> renamedFrom = new LinkedHashSet<>();
        for (var e : in.entryMap("attributes", "type").entrySet()) {
            Map<String, String> fields = e.getValue();
            String what = "attribute \"" + e.getKey() + "\" of " + in.where();
            for (String key : fields.keySet()) {
                if (!ATTRIBUTE_KEYS.contains(key)) {
                    in.error("attributes", e.getKey(), what + " has unknown key \"" + key + "\" (an attribute is"
                            + " its type, or {type: ..., renamed_from: ...})");
                    ok = false;
                }
            }
            String type = fields.get("type");
            if (type == null || type.isBlank()) {
                in.error("attributes", e.getKey(), what + " needs a type: {" + e.getKey() + ": text}");
                ok = false;
                continue;
            }
            ok &= name(in, "attributes", e.getKey(), e.getKey());
            ok &= sql(in, "attributes", e.getKey(), what, () -> Sql.requireType(type));
            String from = fields.get("renamed_from");
            if (from != null) {
                ok &= name(in, "attributes", e.getKey(), from);
                if (!renamedFrom.add(from)) {
                    in.error("attributes", e.getKey(), what + " is renamed_from \"" + from + "\" like another"
                            + " attribute; one attribute can be renamed only once");
                    ok = false;
                }
            }
            out.add(new Attribute(e.getKey(), SqlText.trim(type), from));
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static Optional<Range> readRange(YamlIn in) {
        Map<String, String> fields = in.textMap("range");
        boolean ok = true;
        for (String key : fields.keySet()) {
            if (!RANGE_KEYS.contains(key)) {
                in.error("range", key, "range of " + in.where() + " has unknown key \"" + key + "\" (known: "
                        + String.join(", ", new TreeSet<>(RANGE_KEYS)) + ")");
                ok = false;
            }
        }
        String subtype = fields.get("subtype");
        if (subtype == null) {
            in.error("range", "range of " + in.where() + " needs a subtype: {subtype: numeric}");
            return Optional.empty();
        }
        String what = "range of " + in.where();
        ok &= sql(in, "range", "subtype", what, () -> Sql.requireType(subtype));
        for (String key : List.of("subtype_opclass", "canonical", "subtype_diff")) {
            if (fields.containsKey(key)) ok &= sql(in, "range", key, what + ": " + key, () -> SqlText.qualifiedName(fields.get(key)));
        }
        if (fields.containsKey("collation")) ok &= name(in, "range", "collation", fields.get("collation"));
        if (fields.containsKey("multirange_type_name")) ok &= name(in, "range", "multirange_type_name",
                fields.get("multirange_type_name"));
        if (!ok) return Optional.empty();
        return Optional.of(new Range(SqlText.trim(subtype), trim(fields.get("subtype_opclass")), fields.get("collation"),
                trim(fields.get("canonical")), trim(fields.get("subtype_diff")), fields.get("multirange_type_name")));
    }

    private static String trim(String text) {
        return text == null ? null : SqlText.trim(text);
    }

    /** A name the tool quotes whole: not empty, at most 63 bytes. */
    private static boolean name(YamlIn in, String key, String entry, String name) {
        String problem = name.isEmpty() ? "is empty" : Identifiers.lengthProblem(name);
        if (problem == null) return true;
        String what = "the name \"" + name + "\" in " + key + " of " + in.where() + " " + problem;
        if (entry == null) in.error(key, what);
        else in.error(key, entry, what);
        return false;
    }

    /** A check of the sql package; a refusal is reported where the text stands. */
    private static boolean sql(YamlIn in, String key, String entry, String what, Runnable check) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException e) {
            in.error(key, entry, what + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    public Map<String, Object> write(UserType t) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (t.isRange()) {
            Range r = t.range();
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("subtype", r.subtype());
            if (r.subtypeOpclass() != null) range.put("subtype_opclass", r.subtypeOpclass());
            if (r.collation() != null) range.put("collation", r.collation());
            if (r.canonical() != null) range.put("canonical", r.canonical());
            if (r.subtypeDiff() != null) range.put("subtype_diff", r.subtypeDiff());
            if (r.multirangeTypeName() != null && !r.multirangeTypeName().equals(defaultMultirangeName(t.name()))) {
                range.put("multirange_type_name", r.multirangeTypeName());
            }
            out.put("range", range);
        } else {
            Map<String, Object> attributes = new LinkedHashMap<>();
            t.attributes().forEach(a -> attributes.put(a.name(), a.type()));
            out.put("attributes", attributes);
        }
        if (t.comment() != null) out.put("comment", t.comment());
        return out;
    }

    /**
     * The name PostgreSQL gives a range's multirange when none is given: "range" in the name becomes "multirange"
     * (the first time), otherwise "_multirange" is appended (makeMultirangeTypeName in pg_type.c).
     */
    static String defaultMultirangeName(String range) {
        int at = range.indexOf("range");
        String name = at >= 0 ? range.substring(0, at) + "multirange" + range.substring(at + 5) : range + "_multirange";
        return Identifiers.truncate(name);
    }

    // ---- catalog

    @Override
    public String catalogQuery() {
        return TypeCatalog.QUERY;
    }

    @Override
    public UserType fromCatalog(CatalogRow row) {
        String name = row.text("name");
        List<String> dependents = new ArrayList<>(new TreeSet<>(row.texts("dependents")));
        if (row.text("subtype") != null) {
            String multirange = row.text("multirange");
            Range r = new Range(row.text("subtype"), row.text("subtype_opclass"), row.text("collation"),
                    row.text("canonical"), row.text("subtype_diff"),
                    multirange == null || multirange.equals(defaultMultirangeName(name)) ? null : multirange);
            return new UserType(name, List.of(), r, row.text("comment"), null, dependents, row.bool("in_tables"));
        }
        List<String> names = row.texts("attribute_names");
        List<String> types = row.texts("attribute_types");
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) attributes.add(new Attribute(names.get(i), types.get(i), null));
        return new UserType(name, attributes, null, row.text("comment"), null, dependents, row.bool("in_tables"));
    }

    /** Types through {@code types}; the functions a range names through {@code expressions} (they are calls). */
    @Override
    public UserType mapSql(UserType t, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        if (t.isRange()) {
            Range r = t.range();
            return t.with(List.of(), new Range(types.apply(r.subtype()), r.subtypeOpclass(), r.collation(),
                    function(r.canonical(), expressions), function(r.subtypeDiff(), expressions),
                    r.multirangeTypeName()));
        }
        return t.with(t.attributes().stream().map(a -> new Attribute(a.name(), types.apply(a.type()), a.renamedFrom()))
                .toList(), null);
    }

    /** A function's name is rewritten as the name of a call ({@code f()}), then put back without the parentheses. */
    private static String function(String name, UnaryOperator<String> expressions) {
        if (name == null) return null;
        String call = expressions.apply(name + "()");
        return call.endsWith("()") ? call.substring(0, call.length() - 2) : name;
    }

    /** The types of the attributes or the subtype, and the functions a range names. */
    @Override
    public Set<ObjectRef> dependsOn(String schema, UserType t) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        if (t.isRange()) {
            typeRef(schema, t.range().subtype()).ifPresent(out::add);
            functionRef(t.range().canonical()).ifPresent(out::add);
            functionRef(t.range().subtypeDiff()).ifPresent(out::add);
        } else {
            t.attributes().forEach(a -> typeRef(schema, a.type()).ifPresent(out::add));
        }
        return out;
    }

    /** A type of a managed schema, named as written; an unqualified name is taken to be of the same schema. */
    private static Optional<ObjectRef> typeRef(String schema, String type) {
        if (TypeNames.isBuiltin(TypeNames.canonical(type))) return Optional.empty();
        TypeName t = TypeName.of(type);
        return Optional.of(ObjectRef.of(ObjectRef.Kind.TYPE, t.schema() == null ? schema : t.schema(), t.name()));
    }

    private static Optional<ObjectRef> functionRef(String name) {
        if (name == null) return Optional.empty();
        List<String> parts = SqlText.qualifiedName(name);
        return Optional.of(ObjectRef.of(ObjectRef.Kind.FUNCTION, parts.size() > 1 ? parts.get(0) : null,
                parts.get(parts.size() - 1)));
    }

    @Override
    public boolean recreates(UserType from, UserType to) {
        return TypeSteps.recreates(from, to);
    }

    /** Columns of tables or other live objects use it: {@code unmanaged: drop} leaves it alone. */
    @Override
    public boolean hasDependents(UserType t) {
        return !t.dependents().isEmpty() || t.inTables();
    }

    // ---- steps

    @Override
    public void create(String schema, UserType t, StepOut out) {
        TypeSteps.create(schema, t, out);
    }

    @Override
    public void alter(String schema, UserType from, UserType to, List<TypeUse> usedBy, StepOut out) {
        TypeSteps.alter(schema, from, to, usedBy, out);
    }

    @Override
    public void drop(String schema, UserType t, List<TypeUse> usedBy, StepOut out) {
        TypeSteps.drop(schema, t, usedBy, out);
    }
}
