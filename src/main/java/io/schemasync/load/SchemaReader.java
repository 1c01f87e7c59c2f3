package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Node.Scalar;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.EnumType;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Extension;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.model.TypeNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds one {@link Schema} from its merged parts: extensions, enums, sequences, then tables. */
final class SchemaReader {
    static final Set<String> EXTENSION_KEYS = Set.of("name", "version");
    static final Set<String> ENUM_KEYS = Set.of("values", "comment", "renamed_from", "renamed_values", "owner",
            "grants");
    static final Set<String> SEQUENCE_KEYS = Set.of("type", "start", "increment", "min_value", "max_value", "cache",
            "cycle", "owned_by", "comment", "owner", "grants");
    private static final Set<String> SEQUENCE_TYPES = Set.of("smallint", "integer", "bigint");

    private final Reader r;
    private final Locations locations;
    private final SchemaLoader.SchemaParts parts;
    private final String schema;
    private final AccessReader accessReader;
    /** The owners, grants and row-level security the schema's YAML manages, read by {@link #build}. */
    final List<io.schemasync.model.Access> access = new ArrayList<>();
    /** The schema's default_privileges:, read by {@link #build}. */
    final List<io.schemasync.model.DefaultPrivileges> defaults = new ArrayList<>();
    /** Partitions written under a table of this schema that live in another one ({@code schema:}). */
    final List<PartitionReader.Placed> elsewhere = new ArrayList<>();

    SchemaReader(Reader reader, Locations locations, SchemaLoader.SchemaParts parts) {
        this.r = reader;
        this.locations = locations;
        this.parts = parts;
        this.schema = parts.name;
        this.accessReader = new AccessReader(reader, locations);
    }

    Optional<Schema> build() {
        String comment = parts.comment == null ? null
                : Optional.ofNullable(r.string(parts.comment.value(), "comment of schema " + Reader.quoted(schema)))
                        .filter(s -> !s.isEmpty()).orElse(null);
        var tables = new ArrayList<Table>();
        var objects = new ArrayList<SchemaObject>();
        access(parts.access, io.schemasync.model.ObjectRef.schema(schema), "schema " + Reader.quoted(schema));
        Reader.get(parts.access, "default_privileges").ifPresent(n -> defaults.addAll(accessReader.defaults(n, schema)));
        for (Entry e : parts.tables.values()) {
            TableReader reader = new TableReader(r, locations, schema, e);
            Optional<Table> table = reader.build();
            table.ifPresent(tables::add);
            for (PartitionReader.Placed placed : reader.partitions()) {
                Table p = placed.table();
                if (!placed.schema().equals(schema)) {
                    elsewhere.add(placed);
                } else if (parts.tables.containsKey(p.name()) || tables.stream().anyMatch(t -> t.name().equals(p.name()))) {
                    r.error(locations.at("partition:" + schema + "." + p.name()), "partition " + Reader.quoted(schema + "."
                            + p.name()) + " has the same name as another table of the schema: rename one of them");
                } else {
                    tables.add(p);
                }
            }
            objects.addAll(tableObjects(e));
            access(e, io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TABLE, schema, e.key()));
            table.ifPresent(t -> accessReader.checkColumns(e, t, schema, access));
        }
        objects.addAll(objects());
        return Optional.of(new Schema(schema, comment, extensions(), enums(), sequences(), tables, objects));
    }

    /**
     * The objects of the kinds that belong to tables (triggers), under the table's own key of the kind
     * ({@code tables: {users: {triggers: {...}}}}); their names within the schema say the table too.
     */
    private List<SchemaObject> tableObjects(Entry table) {
        return ownedObjects(table, "table", Kinds.ofTables());
    }

    /**
     * The same under a view, for the kinds views have too ({@code views: {v: {triggers: {...}}}}: INSTEAD OF
     * triggers).
     */
    private List<SchemaObject> viewObjects(Entry view) {
        return ownedObjects(view, "view", Kinds.ofTables().stream().filter(ObjectKind::onViews).toList());
    }

    private List<SchemaObject> ownedObjects(Entry table, String word, List<ObjectKind<?>> kinds) {
        var out = new ArrayList<SchemaObject>();
        if (!(table.value() instanceof MapNode tableMap)) return out;
        for (ObjectKind<?> kind : kinds) {
            Optional<MapNode> map = Reader.get(tableMap, kind.key()).map(n -> r.map(n, kind.key() + " of " + word
                    + " " + Reader.quoted(schema + "." + table.key())));
            if (map.isEmpty() || map.get() == null) continue;
            if (kind.oneOfTable()) {
                oneOfTable(kind, table, tableMap.entries().get(kind.key()), map.get()).ifPresent(out::add);
                continue;
            }
            for (Entry e : map.get().entries().values()) {
                if (e.key().isEmpty() || !r.name(e.keyLoc(), e.key(), "a " + kind.refKind().word() + " of " + word
                        + " " + Reader.quoted(schema + "." + table.key()))) {
                    if (e.key().isEmpty()) r.error(e.keyLoc(), "a " + kind.refKind().word() + " name is empty");
                    continue;
                }
                String where = kind.refKind().word() + " " + Reader.quoted(e.key()) + " of " + word + " "
                        + Reader.quoted(schema + "." + table.key());
                MapNode fields = r.map(e.value(), where);
                if (fields == null) continue;
                String name = kind.identity(io.schemasync.sql.Identifiers.display(table.key()) + "."
                        + io.schemasync.sql.Identifiers.display(e.key()));
                locations.put(Locations.schemaLevel(kind.key(), schema, name), e.keyLoc());
                fields.entries().values().forEach(field -> locations.put(Locations.schemaLevel(kind.key() + "."
                        + field.key(), schema, name), field.value().loc()));
                NodeYamlIn in = new NodeYamlIn(r, fields, e.keyLoc(), where, table.key());
                kind.read(schema, e.key(), word.equals("view") ? in.underView() : in).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The one object of a kind a table has at most ({@code distribution: {...}}), named as its table. */
    private Optional<? extends SchemaObject> oneOfTable(ObjectKind<?> kind, Entry table, Entry entry, MapNode fields) {
        String where = kind.key() + " of table " + Reader.quoted(schema + "." + table.key());
        String name = table.key();
        locations.put(Locations.schemaLevel(kind.key(), schema, name), entry.keyLoc());
        fields.entries().values().forEach(field -> locations.put(Locations.schemaLevel(kind.key() + "."
                + field.key(), schema, name), field.value().loc()));
        return kind.read(schema, name, new NodeYamlIn(r, fields, entry.keyLoc(), where, table.key()));
    }

    /** The objects of the registry's kinds: each kind reads its own map; the name is checked here, once for all. */
    private List<SchemaObject> objects() {
        var out = new ArrayList<SchemaObject>();
        for (ObjectKind<?> kind : Kinds.ofSchemas()) {
            for (Entry e : parts.objects.get(kind.key()).values()) {
                String where = kind.refKind().word() + " " + Reader.quoted(schema + "." + e.key());
                locations.put(Locations.schemaLevel(kind.key(), schema, e.key()), e.keyLoc());
                MapNode map = r.map(e.value(), where);
                if (map == null) continue;
                String name = kind.identity(e.key());
                locations.put(Locations.schemaLevel(kind.key(), schema, name), e.keyLoc());
                map.entries().values().forEach(field -> locations.put(Locations.schemaLevel(kind.key() + "."
                        + field.key(), schema, name), field.value().loc()));
                Optional<? extends SchemaObject> o = kind.read(schema, e.key(),
                        new NodeYamlIn(r, map, e.keyLoc(), where, locations, schema, e));
                o.ifPresent(out::add);
                o.ifPresent(x -> objectAccess(map, x, where));
                if (o.isPresent() && o.get().refKind() == io.schemasync.model.ObjectRef.Kind.VIEW) {
                    out.addAll(viewObjects(e));
                }
            }
        }
        return out;
    }

    /** owner:, grants: (and row_level_security: on a table) of one object whose YAML is a map. */
    private void access(Entry e, io.schemasync.model.ObjectRef target) {
        if (e.value() instanceof MapNode map) access(map, target, target.kind().word() + " " + Reader.quoted(schema + "."
                + e.key()));
    }

    private void access(MapNode map, io.schemasync.model.ObjectRef target, String where) {
        if (map != null) accessReader.read(map, target, null, List.of(), where).ifPresent(access::add);
    }

    private void objectAccess(MapNode map, SchemaObject o, String where) {
        if (o.table() != null) return;
        io.schemasync.model.ObjectRef target = o.ref(schema);
        if (o instanceof io.schemasync.kinds.Routine routine) {
            accessReader.read(map, target, routine.routine(), routine.inputs().stream()
                    .map(io.schemasync.kinds.Routine.Argument::type).toList(), where).ifPresent(access::add);
        } else {
            accessReader.read(map, target, null, List.of(), where).ifPresent(access::add);
        }
    }

    private List<Extension> extensions() {
        var out = new ArrayList<Extension>();
        var seen = new HashSet<String>();
        for (Node item : parts.extensions) {
            Extension ext = extension(item);
            if (ext == null) continue;
            if (!seen.add(ext.name())) {
                r.error(item.loc(), "extension " + Reader.quoted(ext.name()) + " is listed twice in schema "
                        + Reader.quoted(schema) + "; keep one");
                continue;
            }
            locations.put(Locations.schemaLevel("extension", schema, ext.name()), item.loc());
            out.add(ext);
        }
        return out;
    }

    private Extension extension(Node item) {
        String where = "an extension of schema " + Reader.quoted(schema);
        if (item instanceof MapNode map) {
            r.allowKeys(map, where, EXTENSION_KEYS);
            String name = r.requiredText(map, "name", where);
            if (name == null) {
                if (!map.entries().containsKey("name")) r.error(item.loc(), where + " needs a name");
                return null;
            }
            if (!r.name(Reader.get(map, "name").orElseThrow().loc(), name, where)) return null;
            return new Extension(name, r.requiredText(map, "version", "extension " + Reader.quoted(name)));
        }
        String name = r.string(item, where);
        if (name == null || name.isBlank()) {
            if (item instanceof Scalar) r.error(item.loc(), where + " is empty");
            return null;
        }
        return r.name(item.loc(), name, where) ? Extension.named(name) : null;
    }

    private List<EnumType> enums() {
        var out = new ArrayList<EnumType>();
        for (Entry e : parts.enums.values()) {
            locations.put(Locations.schemaLevel("enum", schema, e.key()), e.keyLoc());
            enumType(e).ifPresent(out::add);
            access(e, io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TYPE, schema, e.key()));
        }
        for (EnumType t : out) {
            if (t.renamedFrom() != null && parts.enums.containsKey(t.renamedFrom())) {
                r.error(parts.enums.get(t.name()).keyLoc(), "enum " + Reader.quoted(schema + "." + t.name())
                        + " is renamed_from " + Reader.quoted(t.renamedFrom()) + ", but that enum is defined too;"
                        + " remove renamed_from, or the other enum");
            }
        }
        return out;
    }

    private Optional<EnumType> enumType(Entry e) {
        String where = "enum " + Reader.quoted(schema + "." + e.key());
        Node valuesNode = e.value();
        String comment = null;
        String renamedFrom = null;
        MapNode renamedValues = null;
        if (e.value() instanceof MapNode map) {
            r.allowKeys(map, where, ENUM_KEYS);
            comment = r.optionalText(map, "comment", where);
            renamedFrom = r.requiredText(map, "renamed_from", where);
            Reader.get(map, "renamed_from").filter(n -> n instanceof Scalar).ifPresent(n -> {
                String old = r.string(n, "renamed_from of " + where);
                if (old != null && !old.isBlank()) r.name(n.loc(), old, "renamed_from of " + where);
            });
            renamedValues = Reader.get(map, "renamed_values").map(n -> r.map(n, "renamed_values of " + where))
                    .orElse(null);
            valuesNode = Reader.get(map, "values").orElse(null);
            if (valuesNode == null) {
                r.error(e.keyLoc(), where + " needs values: [a, b, ...]");
                return Optional.empty();
            }
        }
        if (!(valuesNode instanceof ListNode list)) {
            r.error(valuesNode.loc(), where + " must be a list of values like [pending, paid], not "
                    + Node.describe(valuesNode));
            return Optional.empty();
        }
        List<String> values = enumValues(list, where);
        return Optional.of(new EnumType(e.key(), values, comment, renamedFrom,
                renamedValues == null ? Map.of() : valueRenames(renamedValues, values, where)));
    }

    /**
     * {@code renamed_values: {new: old}}: each new name is one of the values, and the old one is not (a value
     * cannot be both renamed away and kept).
     */
    private Map<String, String> valueRenames(MapNode map, List<String> values, String where) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Entry v : map.entries().values()) {
            String old = r.string(v.value(), "renamed_values of " + where);
            if (!values.contains(v.key())) {
                r.error(v.keyLoc(), "renamed_values of " + where + " names " + Reader.quoted(v.key())
                        + ", which is not one of its values; the key is the new name, the value the old one");
            } else if (old == null || old.isEmpty()) {
                r.error(v.value().loc(), "renamed_values of " + where + " needs the old name of "
                        + Reader.quoted(v.key()));
            } else if (values.contains(old)) {
                r.error(v.value().loc(), "value " + Reader.quoted(v.key()) + " of " + where + " is renamed from "
                        + Reader.quoted(old) + ", which is a value too; remove one of them");
            } else if (out.containsValue(old)) {
                r.error(v.value().loc(), "two values of " + where + " are renamed from " + Reader.quoted(old));
            } else if (r.name(v.value().loc(), old, "renamed_values of " + where)) {
                out.put(v.key(), old);
            }
        }
        return out;
    }

    private List<String> enumValues(ListNode list, String where) {
        var values = new LinkedHashSet<String>();
        for (Node item : list.items()) {
            String v = r.string(item, "a value of " + where);
            if (v == null) {
                if (item instanceof Scalar) r.error(item.loc(), "a value of " + where + " is null; quote it "
                        + "(\"null\") if you mean the word");
            } else if (v.isEmpty()) {
                r.error(item.loc(), "a value of " + where + " is empty");
            } else if (!r.name(item.loc(), v, "a value of " + where)) {
                continue;
            } else if (!values.add(v)) {
                r.error(item.loc(), "value " + Reader.quoted(v) + " appears twice in " + where + "; remove one");
            }
        }
        return List.copyOf(values);
    }

    private List<Sequence> sequences() {
        var out = new ArrayList<Sequence>();
        for (Entry e : parts.sequences.values()) {
            locations.put(Locations.schemaLevel("sequence", schema, e.key()), e.keyLoc());
            sequence(e).ifPresent(out::add);
            access(e, io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.SEQUENCE, schema, e.key()));
        }
        return out;
    }

    private Optional<Sequence> sequence(Entry e) {
        String where = "sequence " + Reader.quoted(schema + "." + e.key());
        MapNode map = r.map(e.value(), where);
        if (map == null) return Optional.empty();
        r.allowKeys(map, where, SEQUENCE_KEYS);
        String type = sequenceType(map, where);
        Long increment = r.integer(map, "increment", where);
        if (increment != null && increment == 0) {
            r.error(Reader.get(map, "increment").orElseThrow().loc(), "increment of " + where + " must not be 0");
            increment = null;
        }
        Boolean cycle = r.bool(map, "cycle", where);
        String ownedBy = r.requiredText(map, "owned_by", where);
        Reader.get(map, "owned_by").ifPresent(n -> locations.put(Locations.schemaLevel("sequence.owned_by",
                schema, e.key()), n.loc()));
        Sequence s = Sequence.withDefaults(e.key(), type, r.integer(map, "start", where), increment,
                r.integer(map, "min_value", where), r.integer(map, "max_value", where),
                r.integer(map, "cache", where), cycle != null && cycle, ownedBy,
                r.optionalText(map, "comment", where));
        return checkRange(s, e, where) ? Optional.of(s) : Optional.empty();
    }

    private String sequenceType(MapNode map, String where) {
        String written = r.requiredText(map, "type", where);
        if (written == null) return null;
        String type = TypeNames.canonical(written);
        if (SEQUENCE_TYPES.contains(type)) return type;
        r.error(Reader.get(map, "type").orElseThrow().loc(), "type of " + where
                + " must be smallint, integer or bigint, not \"" + written + "\"");
        return null;
    }

    /** PostgreSQL refuses these at CREATE SEQUENCE; saying so here points at the line. */
    private boolean checkRange(Sequence s, Entry e, String where) {
        Node.Loc loc = e.keyLoc();
        long typeMin = s.type().equals("smallint") ? Short.MIN_VALUE
                : s.type().equals("integer") ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long typeMax = s.type().equals("smallint") ? Short.MAX_VALUE
                : s.type().equals("integer") ? Integer.MAX_VALUE : Long.MAX_VALUE;
        String problem = null;
        if (s.minValue() < typeMin || s.maxValue() > typeMax) problem = "min_value and max_value must fit in "
                + s.type();
        else if (s.minValue() >= s.maxValue()) problem = "min_value must be less than max_value";
        else if (s.start() < s.minValue() || s.start() > s.maxValue()) problem = "start must lie between "
                + "min_value (" + s.minValue() + ") and max_value (" + s.maxValue() + ")";
        else if (s.cache() < 1) problem = "cache must be at least 1";
        if (problem != null) r.error(loc, problem + " in " + where);
        return problem == null;
    }
}
