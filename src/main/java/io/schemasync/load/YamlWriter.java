package io.schemasync.load;

import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.Column;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Database;
import io.schemasync.model.Deferral;
import io.schemasync.model.EnumType;
import io.schemasync.model.Extension;
import io.schemasync.model.FkAction;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Privilege;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.sql.Identifiers;
import io.schemasync.model.UniqueConstraint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.schemasync.load.YamlText.flowList;
import static io.schemasync.load.YamlText.flowMap;
import static io.schemasync.load.YamlText.scalar;

/**
 * Writes a model in the documented YAML format (what {@code introspect} produces): compact, defaults left out,
 * and always read back by {@link SchemaLoader} as the same model.
 */
public final class YamlWriter {
    private final StringBuilder out = new StringBuilder();
    private final Database db;
    /** The role introspect connects as: an object it does not own says {@code owner:}; null writes no owners. */
    private final String role;

    private YamlWriter(Database db, String role) {
        this.db = db;
        this.role = role;
    }

    /**
     * The files to write, by path relative to the output directory: {@code <schema>.yaml} per schema, or with
     * {@code split} {@code <schema>/_schema.yaml} plus {@code <schema>/<table>.yaml} per table.
     */
    public static Map<Path, String> files(Database db, boolean split) {
        return files(db, split, null);
    }

    /**
     * The same, with {@code owner:} on every object (schema, table, view, function, type, sequence, ...) whose owner
     * is not {@code role}, the role that reads the catalog (and would own what a plan creates): so that the YAML plans
     * empty against the database it was read from, and in a database of another role's says the owners it needs.
     */
    public static Map<Path, String> files(Database db, boolean split, String role) {
        var files = new TreeMap<Path, String>();
        var taken = new HashSet<String>();
        for (Schema s : db.schemas()) {
            String dir = fileName(s.name(), taken);
            if (!split) {
                files.put(Path.of(dir + ".yaml"), new YamlWriter(db, role).schemaFile(s, topLevel(db, s), drops(db, s)));
                continue;
            }
            files.put(Path.of(dir, "_schema.yaml"), new YamlWriter(db, role).schemaFile(s, List.of(), drops(db, s)));
            var tableNames = new HashSet<String>(Set.of("_schema"));
            for (Table t : topLevel(db, s)) {
                files.put(Path.of(dir, fileName(t.name(), tableNames) + ".yaml"),
                        new YamlWriter(db, role).tableFile(s, t));
            }
        }
        return files;
    }

    /** The tables that are not partitions of a table of the model: partitions are written under their parent. */
    private static List<Table> topLevel(Database db, Schema s) {
        return s.tables().stream().filter(t -> !t.partitioning().isPartition()
                || db.table(t.partitioning().parentSchemaOr(s.name()), t.partitioning().parent()).isEmpty()).toList();
    }

    /**
     * A file name for an object name: characters unsafe in paths become "_", and names that would collide
     * (also on case-insensitive file systems) get a numeric suffix.
     */
    private static String fileName(String name, Set<String> taken) {
        String base = name.replaceAll("[^A-Za-z0-9_.\\-]", "_");
        if (base.startsWith(".")) base = "_" + base.substring(1);
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) candidate = base + "_" + n;
        return candidate;
    }

    private static List<io.schemasync.model.ObjectRef> drops(Database db, Schema s) {
        return db.drops().stream().filter(d -> d.schema().equals(s.name())).toList();
    }

    private String schemaFile(Schema s, List<Table> tables, List<io.schemasync.model.ObjectRef> drops) {
        line(0, "schemas:");
        List<String> body = new ArrayList<>(schemaBodyKeys(s, tables));
        List<io.schemasync.model.DefaultPrivileges> defaults = db.defaults().stream()
                .filter(d -> s.name().equals(d.schema()) && !d.grants().isEmpty()).toList();
        if (!defaults.isEmpty()) body.add("default_privileges");
        String schemaOwner = owner(ObjectRef.schema(s.name())).orElse(null);
        if (schemaOwner != null) body.add("owner");
        var schemaGrants = schemaGrants(s.name()).orElse(null);
        if (schemaGrants != null) body.add("grants");
        if (!drops.isEmpty()) body = List.of("drop");
        if (body.isEmpty()) {
            line(2, scalar(s.name()) + ": {}");
            return out.toString();
        }
        line(2, scalar(s.name()) + ":");
        if (present(s.comment())) line(4, "comment: " + scalar(s.comment()));
        if (schemaOwner != null && drops.isEmpty()) line(4, "owner: " + scalar(schemaOwner));
        if (schemaGrants != null && drops.isEmpty()) line(4, "grants: " + value(AccessYaml.grants(schemaGrants)));
        if (!defaults.isEmpty()) {
            line(4, "default_privileges:");
            defaults.forEach(d -> line(6, "- " + flowMap(List.of("for_role: " + scalar(d.forRole()), "on: " + d.on(),
                    "grants: " + value(AccessYaml.grants(d.grants()))))));
        }
        if (!s.extensions().isEmpty()) line(4, "extensions: [" + String.join(", ",
                s.extensions().stream().map(YamlWriter::extension).toList()) + "]");
        if (!s.enums().isEmpty()) {
            line(4, "enums:");
            s.enums().forEach(e -> line(6, scalar(e.name()) + ": " + withGrants(enumValue(e), e,
                    ObjectRef.of(ObjectRef.Kind.TYPE, s.name(), e.name()))));
        }
        if (!s.sequences().isEmpty()) {
            line(4, "sequences:");
            s.sequences().forEach(q -> line(6, scalar(q.name()) + ": " + flowMap(withGrants(sequence(q),
                    ObjectRef.of(ObjectRef.Kind.SEQUENCE, s.name(), q.name())))));
        }
        for (ObjectKind<?> kind : Kinds.ofSchemas()) {
            List<SchemaObject> objects = s.objects().stream().filter(o -> o.refKind() == kind.refKind()).toList();
            if (objects.isEmpty()) continue;
            line(4, kind.key() + ":");
            objects.forEach(o -> object(6, kind.yamlKeyAny(o), withGrants(kind.writeAny(o), o.ref(s.name())),
                    kind.indexesAny(o), onView(s, o)));
        }
        if (!tables.isEmpty()) {
            line(4, "tables:");
            tables.forEach(t -> table(6, t, s));
        }
        if (!drops.isEmpty()) {
            line(4, "drop:");
            Map<String, ObjectRef.Kind> keys = new LinkedHashMap<>();
            keys.put("tables", ObjectRef.Kind.TABLE);
            keys.put("enums", ObjectRef.Kind.TYPE);
            keys.put("sequences", ObjectRef.Kind.SEQUENCE);
            Kinds.ALL.forEach(k -> keys.put(k.key(), k.refKind()));
            keys.forEach((key, kind) -> {
                List<String> names = drops.stream().filter(d -> d.kind() == kind).map(d -> scalar(d.name())).toList();
                if (!names.isEmpty()) line(6, key + ": [" + String.join(", ", names) + "]");
            });
        }
        return out.toString();
    }

    /**
     * One object of a kind: on one line in flow style, or, when a value is SQL of several lines (a view's query),
     * in block style with that value as a literal block ({@code query: |-}), as people write it.
     */
    private void object(int indent, String name, Map<String, Object> fields, List<Index> indexes) {
        object(indent, name, fields, indexes, List.of());
    }

    /** The objects on a view (its INSTEAD OF triggers), each section as {@code key:} and its lines. */
    private static List<Map.Entry<String, List<String>>> onView(Schema s, SchemaObject view) {
        if (view.refKind() != ObjectRef.Kind.VIEW) return List.of();
        List<Map.Entry<String, List<String>>> out = new ArrayList<>();
        for (ObjectKind<?> kind : Kinds.ofTables()) {
            if (!kind.onViews()) continue;
            List<String> lines = s.objects().stream().filter(o -> o.refKind() == kind.refKind()
                    && view.name().equals(o.table())).map(o -> scalar(kind.yamlKeyAny(o)) + ": "
                    + value(kind.writeAny(s.name(), o))).toList();
            if (!lines.isEmpty()) out.add(Map.entry(kind.key(), lines));
        }
        return out;
    }

    private void object(int indent, String name, Map<String, Object> fields, List<Index> indexes,
                        List<Map.Entry<String, List<String>>> owned) {
        if (indexes.isEmpty() && owned.isEmpty() && fields.values().stream().noneMatch(YamlWriter::isBlock)) {
            line(indent, scalar(name) + ": " + value(fields));
            return;
        }
        line(indent, scalar(name) + ":");
        // Indexes (of a materialized view) come before a query of several lines, which reads best last.
        section(indent + 2, "indexes", indexes.stream().map(i -> scalar(i.name()) + ": " + flowMap(index(i))).toList());
        fields.forEach((key, v) -> {
            if (!isBlock(v)) {
                line(indent + 2, scalar(key) + ": " + value(v));
                return;
            }
            line(indent + 2, scalar(key) + ": |-");
            ((String) v).lines().forEach(l -> line(l.isEmpty() ? 0 : indent + 4, l));
        });
        owned.forEach(e -> section(indent + 2, e.getKey(), e.getValue()));
    }

    /**
     * The object's owner when it is not the role introspect connects as. The predefined pg_database_owner (the owner
     * of public from PostgreSQL 15 on) stands for whoever owns the database: never written.
     */
    private java.util.Optional<String> owner(ObjectRef ref) {
        if (role == null) return java.util.Optional.empty();
        return db.access(ref).map(io.schemasync.model.Access::owner)
                .filter(o -> !o.equals(role) && !o.equals("pg_database_owner"));
    }

    /**
     * A schema's privileges when they are its own: those of a schema CREATE SCHEMA made are the owner's only, so
     * any grant is written. {@code public} is made by initdb with USAGE for PUBLIC, and CREATE too before
     * PostgreSQL 15: those two forms are left out (the same YAML plans empty on every major), anything else (a
     * grant to a role, CREATE taken from PUBLIC on 13, everything revoked) is written.
     */
    private java.util.Optional<List<Privilege>> schemaGrants(String schema) {
        return db.access(ObjectRef.schema(schema)).filter(io.schemasync.model.Access::custom)
                .map(io.schemasync.model.Access::grants)
                .filter(g -> schema.equals("public") ? !initdbPublic(g) : !g.isEmpty());
    }

    private static boolean initdbPublic(List<Privilege> grants) {
        var held = grants.stream().map(p -> p.role() + " " + p.privilege() + " " + p.column() + " " + p.grantable())
                .collect(java.util.stream.Collectors.toSet());
        return held.equals(Set.of("public usage null false"))
                || held.equals(Set.of("public usage null false", "public create null false"));
    }

    /** The object's {@code owner:} (see {@link #owner}) and {@code grants:} when it has privileges of its own. */
    private Map<String, Object> withGrants(Map<String, Object> fields, ObjectRef ref) {
        var a = db.access(ref).filter(x -> x.custom()).orElse(null);
        var owner = owner(ref);
        if (a == null && owner.isEmpty()) return fields;
        Map<String, Object> out = new LinkedHashMap<>(fields);
        owner.ifPresent(o -> out.put("owner", o));
        if (a != null) out.put("grants", AccessYaml.grants(a.grants()));
        return out;
    }

    private List<String> withGrants(List<String> parts, ObjectRef ref) {
        var a = db.access(ref).filter(x -> x.custom()).orElse(null);
        var owner = owner(ref);
        if (a == null && owner.isEmpty()) return parts;
        List<String> out = new ArrayList<>(parts);
        owner.ifPresent(o -> out.add("owner: " + scalar(o)));
        if (a != null) out.add("grants: " + value(AccessYaml.grants(a.grants())));
        return out;
    }

    private String withGrants(String written, EnumType e, ObjectRef ref) {
        var a = db.access(ref).filter(x -> x.custom()).orElse(null);
        var owner = owner(ref);
        if (a == null && owner.isEmpty()) return written;
        List<String> parts = new ArrayList<>(List.of("values: " + flowList(e.values())));
        if (present(e.comment())) parts.add("comment: " + scalar(e.comment()));
        owner.ifPresent(o -> parts.add("owner: " + scalar(o)));
        if (a != null) parts.add("grants: " + value(AccessYaml.grants(a.grants())));
        return flowMap(parts);
    }

    /** Text of several lines that a literal block holds exactly: printable, no line starting or ending in a blank. */
    private static boolean isBlock(Object v) {
        if (!(v instanceof String s) || !s.contains("\n")) return false;
        if (!YamlText.printable(s.replace('\n', ' '))) return false;
        return !s.startsWith(" ") && !s.endsWith("\n") && s.lines().noneMatch(l -> l.endsWith(" ") || l.endsWith("\t"));
    }

    /** A kind's YAML form: maps and lists in flow style, text as scalars. */
    @SuppressWarnings("unchecked")
    private static String value(Object v) {
        if (v instanceof Map<?, ?> map) {
            return flowMap(((Map<String, Object>) map).entrySet().stream()
                    .map(e -> scalar(e.getKey()) + ": " + value(e.getValue())).toList());
        }
        if (v instanceof List<?> list) return "[" + String.join(", ", list.stream().map(YamlWriter::value).toList()) + "]";
        if (v instanceof Boolean || v instanceof Number) return v.toString();
        return scalar((String) v);
    }

    private static List<String> schemaBodyKeys(Schema s, List<Table> tables) {
        var keys = new ArrayList<String>();
        if (present(s.comment())) keys.add("comment");
        if (!s.extensions().isEmpty()) keys.add("extensions");
        if (!s.enums().isEmpty()) keys.add("enums");
        if (!s.sequences().isEmpty()) keys.add("sequences");
        if (s.objects().stream().anyMatch(o -> o.table() == null)) keys.add("objects");
        if (!tables.isEmpty()) keys.add("tables");
        return keys;
    }

    private String tableFile(Schema s, Table t) {
        line(0, "schemas:");
        line(2, scalar(s.name()) + ":");
        line(4, "tables:");
        table(6, t, s);
        return out.toString();
    }

    /**
     * The name only, as pg_dump writes CREATE EXTENSION: the version installed is the one the server's packages
     * offer, and the same YAML must work where they differ. A version written by hand is kept (ALTER EXTENSION ...
     * UPDATE TO); see docs/yaml-format.md.
     */
    private static String extension(Extension e) {
        return scalar(e.name());
    }

    private static String enumValue(EnumType e) {
        if (!present(e.comment())) return flowList(e.values());
        return flowMap(List.of("values: " + flowList(e.values()), "comment: " + scalar(e.comment())));
    }

    /** Only what differs from what {@link Sequence#withDefaults} would fill in from the other fields. */
    private static List<String> sequence(Sequence q) {
        var parts = new ArrayList<String>();
        Sequence typical = Sequence.withDefaults(q.name(), q.type(), null, q.increment(), null, null, null, false,
                null, null);
        if (!q.type().equals("bigint")) parts.add("type: " + q.type());
        Sequence startDefault = Sequence.withDefaults(q.name(), q.type(), null, q.increment(), q.minValue(),
                q.maxValue(), null, false, null, null);
        if (q.start() != startDefault.start()) parts.add("start: " + q.start());
        if (q.increment() != 1) parts.add("increment: " + q.increment());
        if (q.minValue() != typical.minValue()) parts.add("min_value: " + q.minValue());
        if (q.maxValue() != typical.maxValue()) parts.add("max_value: " + q.maxValue());
        if (q.cache() != 1) parts.add("cache: " + q.cache());
        if (q.cycle()) parts.add("cycle: true");
        if (q.ownedBy() != null) parts.add("owned_by: " + scalar(q.ownedBy()));
        if (present(q.comment())) parts.add("comment: " + scalar(q.comment()));
        return parts;
    }

    private void table(int indent, Table t, Schema s) {
        String schema = s.name();
        List<SchemaObject> owned = s.objects().stream().filter(o -> t.name().equals(o.table())).toList();
        if (!present(t.comment()) && t.renamedFrom() == null && t.columns().isEmpty() && t.primaryKey() == null
                && t.constraints().isEmpty() && t.indexes().isEmpty() && owned.isEmpty()
                && t.options().equals(io.schemasync.model.TableOptions.NONE)
                && t.partitioning().equals(io.schemasync.model.Partitioning.NONE)) {
            line(indent, scalar(t.name()) + ": {}");
            return;
        }
        line(indent, scalar(t.name()) + ":");
        int in = indent + 2;
        if (present(t.comment())) line(in, "comment: " + scalar(t.comment()));
        if (t.renamedFrom() != null) line(in, "renamed_from: " + scalar(t.renamedFrom()));
        if (t.options().unlogged()) line(in, "unlogged: true");
        if (!t.options().storage().isEmpty()) line(in, "with: " + storage(t.options().storage()));
        columns(in, t);
        if (!t.partitioning().inherits().isEmpty()) line(in, "inherits: " + flowList(t.partitioning().inherits()));
        if (t.partitioning().isPartitioned()) line(in, "partition_by: " + partitionBy(t.partitioning()));
        if (t.primaryKey() != null) line(in, "primary_key: " + primaryKey(t.name(), t.primaryKey()));
        section(in, "unique", t.uniques().stream().map(u -> scalar(u.name()) + ": " + unique(u)).toList());
        section(in, "checks", t.checks().stream().map(c -> scalar(c.name()) + ": " + (c.validated()
                ? scalar(c.expression()) : flowMap(List.of("expression: " + scalar(c.expression()), "not_valid: true"))))
                .toList());
        section(in, "foreign_keys", t.foreignKeys().stream()
                .map(fk -> scalar(fk.name()) + ": " + flowMap(foreignKey(schema, fk))).toList());
        section(in, "exclude", t.exclusions().stream().map(x -> scalar(x.name()) + ": " + flowMap(exclusion(x)))
                .toList());
        section(in, "indexes", t.indexes().stream().map(i -> scalar(i.name()) + ": " + flowMap(index(i))).toList());
        var identity = t.options().replicaIdentity();
        if (identity.mode() == io.schemasync.model.ReplicaIdentity.Mode.INDEX) {
            line(in, "replica_identity: " + flowMap(List.of("index: " + scalar(identity.index()))));
        } else if (identity.mode() != io.schemasync.model.ReplicaIdentity.Mode.DEFAULT) {
            line(in, "replica_identity: " + identity.describe());
        }
        var access = db.access(ObjectRef.of(ObjectRef.Kind.TABLE, schema, t.name())).orElse(null);
        if (access != null && access.rowSecurity() != null && !access.rowSecurity().equals(io.schemasync.model.RowSecurity.OFF)) {
            line(in, "row_level_security: " + flowMap(List.of("enabled: " + access.rowSecurity().enabled(),
                    "forced: " + access.rowSecurity().forced())));
        }
        owner(ObjectRef.of(ObjectRef.Kind.TABLE, schema, t.name())).ifPresent(o -> line(in, "owner: " + scalar(o)));
        if (access != null && access.custom()) line(in, "grants: " + value(AccessYaml.grants(access.grants())));
        for (ObjectKind<?> kind : Kinds.ofTables()) {
            List<SchemaObject> objects = owned.stream().filter(o -> o.refKind() == kind.refKind()).toList();
            if (objects.isEmpty()) continue;
            if (kind.oneOfTable()) {
                line(in, kind.key() + ": " + value(kind.writeAny(schema, objects.get(0))));
                continue;
            }
            line(in, kind.key() + ":");
            objects.forEach(o -> object(in + 2, kind.yamlKeyAny(o), kind.writeAny(schema, o), kind.indexesAny(o)));
        }
        partitions(in, t, s);
    }

    /** {@code { range: [created_at] }} from the server's {@code RANGE (created_at)}. */
    private static String partitionBy(io.schemasync.model.Partitioning p) {
        return flowMap(List.of(p.strategy() + ": " + flowList(io.schemasync.sql.PartitionSql.keys(p.by()))));
    }

    /** The partitions of {@code t} (of schema {@code s}), each with its bound, and theirs under them. */
    private void partitions(int indent, Table t, Schema s) {
        List<Schema> schemas = new ArrayList<>();
        List<Table> parts = new ArrayList<>();
        for (Schema o : db.schemas()) {
            for (Table x : o.tables()) {
                if (t.name().equals(x.partitioning().parent()) && s.name().equals(x.partitioning().parentSchemaOr(o.name()))) {
                    schemas.add(o);
                    parts.add(x);
                }
            }
        }
        if (parts.isEmpty()) return;
        line(indent, "partitions:");
        for (int i = 0; i < parts.size(); i++) {
            Table p = parts.get(i);
            List<String> fields = new ArrayList<>(bound(p.partitioning().bound()));
            if (!schemas.get(i).name().equals(s.name())) fields.add("schema: " + scalar(schemas.get(i).name()));
            if (!p.options().storage().isEmpty()) fields.add("with: " + storage(p.options().storage()));
            if (present(p.comment())) fields.add("comment: " + scalar(p.comment()));
            if (!p.partitioning().isPartitioned()) {
                line(indent + 2, scalar(p.name()) + ": " + flowMap(fields));
                continue;
            }
            line(indent + 2, scalar(p.name()) + ":");
            fields.forEach(f -> line(indent + 4, f));
            line(indent + 4, "partition_by: " + partitionBy(p.partitioning()));
            partitions(indent + 4, p, schemas.get(i));
        }
    }

    /** default: true, modulus/remainder, in: [...] when every value is a plain literal, else values: "...". */
    private static List<String> bound(String bound) {
        if (bound.equals("DEFAULT")) return List.of("default: true");
        var hash = io.schemasync.sql.PartitionSql.hashValues(bound);
        if (hash.isPresent()) return List.of("modulus: " + hash.get()[0], "remainder: " + hash.get()[1]);
        var in = io.schemasync.sql.PartitionSql.inValues(bound);
        if (in.isPresent()) return List.of("in: [" + String.join(", ", in.get().stream()
                .map(v -> v == null ? "null" : scalar(v)).toList()) + "]");
        return List.of("values: " + scalar(bound.substring("FOR VALUES ".length())));
    }

    /** Numbers and booleans as they are; anything else as a quoted scalar where YAML would read it otherwise. */
    private static String storage(io.schemasync.model.Storage s) {
        return flowMap(s.params().entrySet().stream().map(e -> scalar(e.getKey()) + ": "
                + (e.getValue().matches("true|false|-?\\d+(\\.\\d+)?") ? e.getValue() : scalar(e.getValue()))).toList());
    }

    private void columns(int indent, Table t) {
        if (t.columns().isEmpty()) return;
        line(indent, "columns:");
        int width = t.columns().stream().mapToInt(c -> scalar(c.name()).length()).max().orElse(0) + 1;
        Set<String> keyColumns = t.primaryKey() == null ? Set.of() : Set.copyOf(t.primaryKey().columns());
        for (Column c : t.columns()) {
            String key = scalar(c.name()) + ":";
            line(indent + 2, key + " ".repeat(width - key.length() + 1) + flowMap(column(c, keyColumns)));
        }
    }

    private static List<String> column(Column c, Set<String> keyColumns) {
        var parts = new ArrayList<String>();
        parts.add("type: " + scalar(c.type()));
        boolean impliedNotNull = c.identity() != null || c.isSerial() || keyColumns.contains(c.name());
        if (!c.nullable() && !impliedNotNull) parts.add("nullable: false");
        if (c.defaultExpr() != null) parts.add("default: " + YamlText.expression(c.defaultExpr()));
        if (c.identity() != null) parts.add("identity: " + c.identity().name().toLowerCase(Locale.ROOT));
        if (c.generated() != null) {
            parts.add("generated: " + (c.options().virtual() ? flowMap(List.of("expression: " + scalar(c.generated()),
                    "stored: false")) : scalar(c.generated())));
        }
        if (c.collation() != null) parts.add("collation: " + scalar(c.collation()));
        if (c.options().compression() != null) parts.add("compression: " + c.options().compression());
        if (c.options().statistics() != null) parts.add("statistics: " + c.options().statistics());
        if (c.identity() != null && c.options().identity() != null) {
            parts.add("identity_options: " + flowMap(identityOptions(c.options().identity(), c.storedType())));
        }
        if (present(c.comment())) parts.add("comment: " + scalar(c.comment()));
        if (c.renamedFrom() != null) parts.add("renamed_from: " + scalar(c.renamedFrom()));
        return parts;
    }

    /** Only what differs from the defaults that the other options imply (as for a sequence). */
    private static List<String> identityOptions(io.schemasync.model.IdentityOptions o, String type) {
        Sequence q = new Sequence("identity", type, o.start(), o.increment(), o.minValue(), o.maxValue(), o.cache(),
                o.cycle(), null, null);
        return sequence(q).stream().filter(p -> !p.startsWith("type: ")).toList();
    }

    private static String primaryKey(String table, PrimaryKey pk) {
        if (pk.name().equals(Identifiers.defaultName(table, "pkey"))) return flowList(pk.columns());
        return flowMap(List.of("name: " + scalar(pk.name()), "columns: " + flowList(pk.columns())));
    }

    private static String unique(UniqueConstraint u) {
        if (!u.nullsNotDistinct() && u.deferral() == Deferral.NOT_DEFERRABLE) return flowList(u.columns());
        var parts = new ArrayList<String>();
        parts.add("columns: " + flowList(u.columns()));
        if (u.nullsNotDistinct()) parts.add("nulls_not_distinct: true");
        parts.addAll(deferral(u.deferral()));
        return flowMap(parts);
    }

    private static List<String> deferral(Deferral d) {
        return switch (d) {
            case NOT_DEFERRABLE -> List.of();
            case DEFERRABLE_INITIALLY_IMMEDIATE -> List.of("deferrable: true");
            case DEFERRABLE_INITIALLY_DEFERRED -> List.of("deferrable: true", "initially_deferred: true");
        };
    }

    private static List<String> foreignKey(String schema, ForeignKey fk) {
        var parts = new ArrayList<String>();
        parts.add("columns: " + flowList(fk.columns()));
        String target = References.format(fk.refSchema().equals(schema) ? null : fk.refSchema(), fk.refTable(),
                fk.refColumns());
        parts.add("references: " + scalar(target));
        if (fk.onDelete() != FkAction.NO_ACTION) parts.add("on_delete: " + action(fk.onDelete()));
        if (fk.onUpdate() != FkAction.NO_ACTION) parts.add("on_update: " + action(fk.onUpdate()));
        if (fk.matchFull()) parts.add("match: full");
        parts.addAll(deferral(fk.deferral()));
        if (!fk.validated()) parts.add("not_valid: true");
        return parts;
    }

    private static List<String> exclusion(io.schemasync.model.ExclusionConstraint x) {
        var parts = new ArrayList<String>();
        Index ix = x.index();
        if (!ix.method().equals("gist")) parts.add("using: " + scalar(ix.method()));
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < ix.keys().size(); i++) {
            elements.add(flowList(List.of(IndexKeys.format(ix.keys().get(i)), x.operators().get(i))));
        }
        parts.add("elements: [" + String.join(", ", elements) + "]");
        if (!ix.include().isEmpty()) parts.add("include: " + flowList(ix.include()));
        if (ix.where() != null) parts.add("where: " + scalar(ix.where()));
        parts.addAll(deferral(x.deferral()));
        return parts;
    }

    private static String action(FkAction a) {
        return a.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> index(Index i) {
        var parts = new ArrayList<String>();
        parts.add("columns: " + flowList(i.keys().stream().map(IndexKeys::format).toList()));
        if (i.unique()) parts.add("unique: true");
        if (!i.method().equals("btree")) parts.add("using: " + scalar(i.method()));
        if (!i.include().isEmpty()) parts.add("include: " + flowList(i.include()));
        if (i.where() != null) parts.add("where: " + scalar(i.where()));
        if (i.nullsNotDistinct()) parts.add("nulls_not_distinct: true");
        if (!i.storage().isEmpty()) parts.add("with: " + storage(i.storage()));
        if (present(i.comment())) parts.add("comment: " + scalar(i.comment()));
        return parts;
    }

    /** PostgreSQL stores no comment for COMMENT ... IS '': empty and absent are the same. */
    private static boolean present(String comment) {
        return comment != null && !comment.isEmpty();
    }

    private void section(int indent, String key, List<String> entries) {
        if (entries.isEmpty()) return;
        line(indent, key + ":");
        entries.forEach(e -> line(indent + 2, e));
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }
}
