package io.schemasync.load;

import io.schemasync.kinds.YamlIn;
import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Node.Scalar;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The loader's side of {@link YamlIn}: one object's YAML map, read strictly, every problem at file:line:col. */
final class NodeYamlIn implements YamlIn {
    private final Reader r;
    private final MapNode map;
    private final Node.Loc name;
    private final String where;
    private final Locations locations;
    private final String schema;
    private final Entry entry;
    private final String table;
    private boolean onView;

    /** @param name where the object's name stands: problems of the whole object are reported there */
    NodeYamlIn(Reader r, MapNode map, Node.Loc name, String where) {
        this(r, map, name, where, null, null, null, null);
    }

    /** With the object's entry and schema, and where locations are recorded: for objects with indexes. */
    NodeYamlIn(Reader r, MapNode map, Node.Loc name, String where, Locations locations, String schema, Entry entry) {
        this(r, map, name, where, locations, schema, entry, null);
    }

    /** @param table the table whose YAML holds the object (for kinds that belong to a table) */
    NodeYamlIn(Reader r, MapNode map, Node.Loc name, String where, String table) {
        this(r, map, name, where, null, null, null, table);
    }

    private NodeYamlIn(Reader r, MapNode map, Node.Loc name, String where, Locations locations, String schema,
                       Entry entry, String table) {
        this.r = r;
        this.map = map;
        this.name = name;
        this.where = where;
        this.locations = locations;
        this.schema = schema;
        this.entry = entry;
        this.table = table;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public boolean onView() {
        return onView;
    }

    /** The same, for an object under a view rather than a table. */
    NodeYamlIn underView() {
        onView = true;
        return this;
    }

    @Override
    public java.util.List<io.schemasync.model.Index> indexes(String key) {
        if (Reader.get(map, key).isEmpty() || entry == null) return java.util.List.of();
        if (!key.equals("indexes")) throw new IllegalArgumentException("indexes are read under indexes:, not " + key);
        return TableReader.indexesOfQueryRelation(r, locations, schema, entry, where, map);
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public void allowKeys(Set<String> allowed) {
        // owner: and grants: of objects that are not part of a table are read by AccessReader.
        if (table == null) {
            Set<String> all = new java.util.HashSet<>(allowed);
            all.addAll(AccessReader.KEYS);
            allowed = all;
        }
        r.allowKeys(map, where, allowed);
    }

    @Override
    public Optional<String> text(String key) {
        return Reader.get(map, key).map(n -> r.string(n, key + " of " + where));
    }

    @Override
    public Optional<Boolean> bool(String key) {
        return Optional.ofNullable(r.bool(map, key, where));
    }

    @Override
    public Optional<java.util.List<String>> texts(String key) {
        return Reader.get(map, key).map(n -> r.strings(n, key + " of " + where));
    }

    @Override
    public Optional<String> file(String key) {
        Optional<Node> node = Reader.get(map, key);
        if (node.isEmpty()) return Optional.empty();
        String written = r.string(node.get(), key + " of " + where);
        if (written == null || written.isBlank()) {
            r.error(node.get().loc(), key + " of " + where + " must name a file, like views/report.sql");
            return Optional.empty();
        }
        return SqlFiles.read(r, node.get().loc(), written, key + " of " + where);
    }

    @Override
    public Map<String, String> textMap(String key, boolean allowEmpty) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<Node> node = Reader.get(map, key);
        if (node.isEmpty()) return out;
        MapNode entries = r.map(node.get(), key + " of " + where);
        if (entries == null) return out;
        for (Entry e : entries.entries().values()) {
            String text = r.string(e.value(), key + "." + e.key() + " of " + where);
            if (text == null || text.isBlank() && !(allowEmpty && text.isEmpty())) {
                if (text != null || e.value() instanceof Scalar) {
                    r.error(e.value().loc(), key + "." + e.key() + " of " + where + " must not be empty");
                }
                continue;
            }
            out.put(e.key(), text);
        }
        return out;
    }

    @Override
    public boolean has(String key) {
        return map.entries().containsKey(key);
    }

    @Override
    public Map<String, Map<String, String>> entryMap(String key, String shortKey) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Optional<Node> node = Reader.get(map, key);
        if (node.isEmpty()) return out;
        MapNode entries = r.map(node.get(), key + " of " + where);
        if (entries == null) return out;
        for (Entry e : entries.entries().values()) {
            String what = key + "." + e.key() + " of " + where;
            Map<String, String> fields = new LinkedHashMap<>();
            if (e.value() instanceof MapNode m) {
                for (Entry f : m.entries().values()) {
                    String text = r.string(f.value(), what + ": " + f.key());
                    if (text != null) fields.put(f.key(), text);
                }
            } else {
                String text = r.string(e.value(), what);
                if (text == null || text.isBlank()) {
                    if (text != null || e.value() instanceof Scalar) r.error(e.value().loc(), what + " must not be empty");
                    continue;
                }
                fields.put(shortKey, text);
            }
            out.put(e.key(), fields);
        }
        return out;
    }

    @Override
    public void error(String key, String message) {
        Node.Loc loc = key == null ? name : Reader.get(map, key).map(Node::loc).orElse(name);
        r.error(loc, message);
    }

    @Override
    public void error(String key, String entry, String message) {
        Node.Loc loc = Reader.get(map, key).filter(MapNode.class::isInstance).map(MapNode.class::cast)
                .map(m -> m.entries().get(entry)).map(Entry::keyLoc)
                .orElseGet(() -> Reader.get(map, key).map(Node::loc).orElse(name));
        r.error(loc, message);
    }
}
