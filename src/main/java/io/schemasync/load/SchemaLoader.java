package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.Loc;
import io.schemasync.load.Node.MapNode;
import io.schemasync.model.Database;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the schema files into one {@link Database}: every file is parsed, the schemas they describe are merged
 * (an object defined in two files is an error naming both), then the merged model is checked as a whole.
 * All problems found are reported together in one {@link SchemaException}.
 */
public final class SchemaLoader {
    static final Set<String> ROOT_KEYS = Set.of("schemas", "version");
    static final Set<String> SCHEMA_KEYS = withKindKeys(Kinds.ofSchemas(), "comment", "extensions", "enums",
            "sequences", "tables", "drop", "owner", "grants", "default_privileges");
    static final Set<String> DROP_KEYS = withKindKeys(Kinds.ALL, "tables", "enums", "sequences");
    private static final Map<String, ObjectRef.Kind> DROP_BUILT_IN = Map.of("tables", ObjectRef.Kind.TABLE,
            "enums", ObjectRef.Kind.TYPE, "sequences", ObjectRef.Kind.SEQUENCE);

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Reader reader = new Reader(diagnostics);
    private final Map<String, SchemaParts> schemas = new TreeMap<>();

    private SchemaLoader() {}

    /** The parts of one schema gathered from every file that mentions it. */
    static final class SchemaParts {
        final String name;
        Entry comment;
        /** owner: and grants: of the schema itself. */
        final MapNode access = new MapNode(null, new LinkedHashMap<>());
        final List<Node> extensions = new ArrayList<>();
        final Map<String, Entry> enums = new LinkedHashMap<>();
        final Map<String, Entry> sequences = new LinkedHashMap<>();
        final Map<String, Entry> tables = new LinkedHashMap<>();
        final Map<ObjectRef, Loc> drops = new LinkedHashMap<>();
        /** The entries of the object kinds of the registry, by the kind's key ("domains"). */
        final Map<String, Map<String, Entry>> objects = new LinkedHashMap<>();

        SchemaParts(String name) {
            this.name = name;
            Kinds.ALL.forEach(k -> objects.put(k.key(), new LinkedHashMap<>()));
        }

        /** The entries defined under one key of the schema: tables, enums, sequences, or a kind's key. */
        Map<String, Entry> defined(ObjectRef.Kind kind) {
            return switch (kind) {
                case TABLE -> tables;
                case TYPE -> enums;
                case SEQUENCE -> sequences;
                case SCHEMA, EXTENSION, COLUMN, CONSTRAINT, INDEX, VIEW, MATERIALIZED_VIEW, FUNCTION, PROCEDURE, TRIGGER, DOMAIN, USER_TYPE,
                     POLICY, DISTRIBUTION, OTHER -> Kinds.of(kind).map(k -> objects.get(k.key())).orElse(Map.of());
            };
        }
    }

    private static Set<String> withKindKeys(List<ObjectKind<?>> kinds, String... keys) {
        Set<String> all = new java.util.HashSet<>(Set.of(keys));
        kinds.forEach(k -> all.add(k.key()));
        return Set.copyOf(all);
    }

    /**
     * Loads the given files and directories (every {@code *.yaml} / {@code *.yml} below a directory, in path
     * order) as one model.
     */
    public static Database load(List<Path> paths) throws SchemaException {
        return new SchemaLoader().run(paths);
    }

    /** The model, and the files of SQL its {@code file:} keys read (what it depends on besides the YAML files). */
    public record Loaded(Database database, List<Path> sqlFiles) {}

    /** Like {@link #load}, with the files of SQL it read. */
    public static Loaded loadWithFiles(List<Path> paths) throws SchemaException {
        SchemaLoader loader = new SchemaLoader();
        Database database = loader.run(paths);
        return new Loaded(database, List.copyOf(loader.reader.sqlFiles));
    }

    /**
     * The YAML files {@link #load} reads for these paths, in the order it reads them; empty when a path is
     * missing or unreadable (the load reports that).
     */
    public static Optional<List<Path>> yamlFiles(List<Path> paths) {
        SchemaLoader loader = new SchemaLoader();
        List<Path> files = loader.files(paths);
        return loader.diagnostics.isEmpty() ? Optional.of(files) : Optional.empty();
    }

    /**
     * Where an object of the desired schema is defined, as {@code file:line:col}, for errors that only the server
     * finds (a check naming a column that does not exist). Empty when the files no longer define it.
     */
    public static Optional<String> sourceOf(List<Path> paths, ObjectRef ref) {
        return sourceOf(paths, ref, null);
    }

    /**
     * Like {@link #sourceOf(List, ObjectRef)}, at the value of one key of the object's YAML ({@code body}) when
     * there is one (for a body in a file, at its {@code file:} key).
     */
    public static Optional<String> sourceOf(List<Path> paths, ObjectRef ref, String field) {
        SchemaLoader loader = new SchemaLoader();
        for (Path file : loader.files(paths)) {
            loader.read(file).flatMap(text -> YamlTree.parse(file, text, loader.diagnostics)).ifPresent(loader::merge);
        }
        var locations = new Locations();
        for (SchemaParts parts : loader.schemas.values()) new SchemaReader(loader.reader, locations, parts).build();
        String s = ref.schema(), t = ref.table(), n = ref.name();
        Optional<Loc> access = field == null ? Optional.empty() : locations.find(AccessReader.path(ref, field));
        if (access.isPresent()) return access.map(loc -> loc.file() + ":" + loc.line() + ":" + loc.column());
        return (switch (ref.kind()) {
            case TABLE -> locations.find(Locations.table(s, n));
            case COLUMN, CONSTRAINT, INDEX -> locations.find(Locations.in("column", s, t, n), Locations.in("check", s, t, n),
                    Locations.in("unique", s, t, n), Locations.in("fk", s, t, n), Locations.in("index", s, t, n),
                    "pk:" + s + "." + t, Locations.table(s, t));
            case TYPE -> locations.find(Locations.schemaLevel("enum", s, n));
            case SEQUENCE -> locations.find(Locations.schemaLevel("sequence", s, n));
            case EXTENSION -> locations.find(Locations.schemaLevel("extension", s, n));
            case SCHEMA, VIEW, MATERIALIZED_VIEW, FUNCTION, PROCEDURE, TRIGGER, DOMAIN, USER_TYPE, POLICY, DISTRIBUTION, OTHER -> Kinds.of(ref.kind())
                    .flatMap(k -> field == null ? locations.find(Locations.schemaLevel(k.key(), s, n))
                            : locations.find(Locations.schemaLevel(k.key() + "." + field, s, n),
                                    Locations.schemaLevel(k.key() + ".file", s, n), Locations.schemaLevel(k.key(), s, n)));
        }).map(loc -> loc.file() + ":" + loc.line() + ":" + loc.column());
    }

    private Database run(List<Path> paths) throws SchemaException {
        return build(parse(paths));
    }

    /** Every file, parsed; problems are collected in the diagnostics. */
    List<Node> parse(List<Path> paths) {
        List<Path> files = files(paths);
        // Files are parsed on two threads when there are several (a large schema split in files): each into its
        // own diagnostics, kept in file order, so what is reported does not depend on which thread finished first.
        List<Parsed> parsed = (files.size() > 1 ? files.parallelStream() : files.stream()).map(this::parsed).toList();
        List<Node> trees = new ArrayList<>();
        for (Parsed p : parsed) {
            diagnostics.addAll(p.diagnostics());
            p.tree().ifPresent(trees::add);
        }
        return trees;
    }

    private record Parsed(Optional<Node> tree, List<Diagnostic> diagnostics) {}

    private Parsed parsed(Path file) {
        List<Diagnostic> own = new ArrayList<>();
        Optional<String> text = read(file, own);
        return new Parsed(text.flatMap(t -> YamlTree.parse(file, t, own)), own);
    }

    /** Loads parsed files (see {@link TenantTemplate}, which renames the template's schema in them first). */
    static Database load(List<Node> trees, List<Diagnostic> earlier) throws SchemaException {
        SchemaLoader loader = new SchemaLoader();
        loader.diagnostics.addAll(earlier);
        return loader.build(trees);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    static SchemaLoader create() {
        return new SchemaLoader();
    }

    private Database build(List<Node> trees) throws SchemaException {
        trees.forEach(this::merge);
        var locations = new Locations();
        var built = new ArrayList<Schema>();
        var access = new ArrayList<io.schemasync.model.Access>();
        var defaults = new ArrayList<io.schemasync.model.DefaultPrivileges>();
        var elsewhere = new ArrayList<PartitionReader.Placed>();
        for (SchemaParts parts : schemas.values()) {
            SchemaReader schemaReader = new SchemaReader(reader, locations, parts);
            schemaReader.build().ifPresent(built::add);
            access.addAll(schemaReader.access);
            defaults.addAll(schemaReader.defaults);
            elsewhere.addAll(schemaReader.elsewhere);
        }
        place(built, elsewhere);
        Map<ObjectRef, Loc> drops = new LinkedHashMap<>();
        schemas.values().forEach(p -> drops.putAll(p.drops));
        checkDrops(drops);
        Database db = new Validator(reader, locations, new Database(built, List.copyOf(drops.keySet()), access, defaults)).run();
        if (!diagnostics.isEmpty()) throw new SchemaException(diagnostics);
        return db;
    }

    /** Partitions that say {@code schema:} join the tables of that schema, which the YAML must have. */
    private void place(List<Schema> built, List<PartitionReader.Placed> elsewhere) {
        for (PartitionReader.Placed p : elsewhere) {
            String name = Reader.quoted(p.schema() + "." + p.table().name());
            int i = indexOf(built, p.schema());
            if (i < 0) {
                reader.error(p.at(), "partition " + name + " is in schema " + Reader.quoted(p.schema()) + ", which is"
                        + " not in the YAML: add it under schemas: (" + p.schema() + ": {}), or leave schema: out");
            } else if (built.get(i).table(p.table().name()).isPresent()) {
                reader.error(p.at(), "partition " + name + " has the same name as another table of the schema: rename"
                        + " one of them");
            } else {
                var tables = new ArrayList<>(built.get(i).tables());
                tables.add(p.table());
                built.set(i, built.get(i).withTables(tables));
            }
        }
    }

    private static int indexOf(List<Schema> schemas, String name) {
        for (int i = 0; i < schemas.size(); i++) if (schemas.get(i).name().equals(name)) return i;
        return -1;
    }

    private List<Path> files(List<Path> paths) {
        var files = new ArrayList<Path>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) files.addAll(yamlFilesUnder(path));
            else if (Files.isRegularFile(path)) files.add(path);
            else diagnostics.add(new Diagnostic(path, 0, 0, Files.exists(path)
                    ? "not a file or a directory (a device or a pipe?): point -s at YAML files or their directory"
                    : "no such file or directory"));
        }
        return files.stream().distinct().toList();
    }

    private List<Path> yamlFilesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> found = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
            if (found.isEmpty()) diagnostics.add(new Diagnostic(dir, 0, 0, "no *.yaml or *.yml files in this "
                    + "directory; point --schema at the directory that holds the schema files"));
            return found;
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(dir, 0, 0, "cannot read the directory: " + e.getMessage()));
            return List.of();
        }
    }

    private Optional<String> read(Path file) {
        return read(file, diagnostics);
    }

    private static Optional<String> read(Path file, List<Diagnostic> diagnostics) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(
                    java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            diagnostics.add(new Diagnostic(file, 0, 0, "is not valid UTF-8; save it as UTF-8"));
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(file, 0, 0, "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private void merge(Node root) {
        MapNode map = reader.map(root, "a schema file");
        if (map == null) return;
        reader.allowKeys(map, "the file (a schema file starts with \"schemas:\")", ROOT_KEYS);
        Reader.get(map, "version").ifPresent(this::checkVersion);
        Reader.get(map, "schemas").map(n -> reader.map(n, "schemas")).ifPresent(this::mergeSchemas);
    }

    private void checkVersion(Node node) {
        if (!(node instanceof Node.Scalar s && s.text().equals("1"))) {
            reader.error(node.loc(), "version must be 1 (the only version of the format so far), not "
                    + Node.describe(node));
        }
    }

    private void mergeSchemas(MapNode map) {
        for (Entry e : map.entries().values()) {
            if (e.key().isEmpty()) {
                reader.error(e.keyLoc(), "a schema name is empty");
                continue;
            }
            String where = "schema " + Reader.quoted(e.key());
            reader.name(e.keyLoc(), e.key(), "a schema");
            MapNode body = reader.map(e.value(), where);
            if (body == null) continue;
            Set<String> allowed = SCHEMA_KEYS;
            for (ObjectKind<?> kind : Kinds.ofTables()) {
                if (body.entries().get(kind.key()) instanceof Entry misplaced) {
                    reader.error(misplaced.keyLoc(), kind.key() + " belong to a table: write them under the table"
                            + " (tables: {name: {" + kind.key() + ": ...}})");
                    allowed = withKindKeys(Kinds.ofTables(), SCHEMA_KEYS.toArray(String[]::new));
                }
            }
            reader.allowKeys(body, where, allowed);
            mergeSchema(schemas.computeIfAbsent(e.key(), SchemaParts::new), body, where);
        }
    }

    private void mergeSchema(SchemaParts parts, MapNode body, String where) {
        Entry comment = body.entries().get("comment");
        if (comment != null) {
            if (parts.comment != null) duplicate("the comment of " + where, comment.keyLoc(), parts.comment.keyLoc());
            else parts.comment = comment;
        }
        for (String key : List.of("owner", "grants", "default_privileges")) {
            Entry e = body.entries().get(key);
            if (e == null) continue;
            Entry before = parts.access.entries().get(key);
            if (before != null) duplicate("the " + key + " of " + where, e.keyLoc(), before.keyLoc());
            else parts.access.entries().put(key, e);
        }
        Reader.get(body, "extensions").ifPresent(n -> {
            if (n instanceof ListNode list) parts.extensions.addAll(list.items());
            else if (!(n instanceof Node.Scalar s && s.kind() == Node.Kind.NULL)) {
                reader.error(n.loc(), "extensions of " + where + " must be a list like [citext, pgcrypto], not "
                        + Node.describe(n));
            }
        });
        mergeNamed(body, "enums", "enum", parts, parts.enums, null);
        mergeNamed(body, "sequences", "sequence", parts, parts.sequences, null);
        mergeNamed(body, "tables", "table", parts, parts.tables, null);
        for (ObjectKind<?> kind : Kinds.ofSchemas()) {
            mergeNamed(body, kind.key(), kind.refKind().word(), parts, parts.objects.get(kind.key()), kind);
        }
        Reader.get(body, "drop").ifPresent(n -> mergeDrops(parts, n, where));
    }

    /** {@code drop: { tables: [..], enums: [..], sequences: [..], domains: [..] }}: what the plan may drop (with the flag). */
    private void mergeDrops(SchemaParts parts, Node node, String where) {
        MapNode map = reader.map(node, "drop of " + where);
        if (map == null) return;
        reader.allowKeys(map, "drop of " + where, DROP_KEYS);
        for (Entry e : map.entries().values()) {
            if (!DROP_KEYS.contains(e.key())) continue;
            ObjectRef.Kind kind = Optional.ofNullable(DROP_BUILT_IN.get(e.key()))
                    .orElseGet(() -> Kinds.byKey(e.key()).orElseThrow().refKind());
            Optional<ObjectKind<?>> objectKind = Kinds.byKey(e.key()).filter(k -> !DROP_BUILT_IN.containsKey(e.key()));
            boolean signatures = objectKind.map(k -> k.hasSignature() || k.belongsToTable()).orElse(false);
            if (!(e.value() instanceof ListNode list)) {
                reader.error(e.value().loc(), "drop." + e.key() + " of " + where + " must be a list of names, like"
                        + " [old_table]");
                continue;
            }
            for (Node item : list.items()) {
                String name = reader.string(item, "a name in drop." + e.key() + " of " + where);
                if (name != null && signatures && !objectKind.get().readable(name)) {
                    reader.error(item.loc(), "drop." + e.key() + " of " + where + " names " + Reader.quoted(name)
                            + ", which is not " + objectKind.get().identityExample());
                } else if (name != null && (signatures || reader.name(item.loc(), name, "in drop." + e.key() + " of "
                        + where))) {
                    String identity = objectKind.map(k -> k.identity(name)).orElse(name);
                    parts.drops.putIfAbsent(ObjectRef.of(kind, parts.name, identity), item.loc());
                }
            }
        }
    }

    /**
     * The entries under {@code key}, by name; for a kind of the registry, by the name its key stands for, so that
     * {@code f(a int)} and {@code f(b integer)} are one function defined twice.
     */
    private void mergeNamed(MapNode body, String key, String kind, SchemaParts parts, Map<String, Entry> into,
                            ObjectKind<?> objectKind) {
        Optional<MapNode> map = Reader.get(body, key).map(n -> reader.map(n, key + " of schema "
                + Reader.quoted(parts.name)));
        if (map.isEmpty() || map.get() == null) return;
        boolean signatures = objectKind != null && objectKind.hasSignature();
        for (Entry e : map.get().entries().values()) {
            String name = objectKind == null ? e.key() : objectKind.identity(e.key());
            Entry previous = into.get(name);
            if (e.key().isEmpty()) reader.error(e.keyLoc(), "a " + kind + " name is empty");
            else if (!signatures && !reader.name(e.keyLoc(), e.key(), "a " + kind + " in schema "
                    + Reader.quoted(parts.name))) continue;
            else if (previous != null) {
                duplicate(kind + " " + Reader.quoted(parts.name + "." + e.key()) + (name.equals(e.key()) ? ""
                        : " (" + name + ")"), e.keyLoc(), previous.keyLoc());
            } else into.put(name, e);
        }
    }

    /** A name under drop: that the YAML still defines is a contradiction. */
    private void checkDrops(Map<ObjectRef, Loc> drops) {
        drops.forEach((ref, loc) -> {
            SchemaParts parts = schemas.get(ref.schema());
            if (parts.defined(ref.kind()).containsKey(ref.name())) {
                reader.error(loc, ref + " is both defined and listed under drop; remove one of them");
            }
        });
    }

    private void duplicate(String what, Loc here, Loc first) {
        reader.error(here, what + " is defined twice: here and at " + first.diagnostic("").toString()
                .replaceAll(": $", "") + "; keep one definition");
    }
}
