package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Node.Scalar;
import io.schemasync.model.Partitioning;
import io.schemasync.model.Table;
import io.schemasync.model.TableOptions;
import io.schemasync.sql.PartitionSql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code partition_by}, {@code inherits} and {@code partitions} of a table. Partitions are tables of the schema
 * (with the parent's columns), read here from under their parent:
 * <pre>
 * partition_by: { range: [created_at] }
 * partitions:
 *   events_2026_01: { values: "FROM ('2026-01-01') TO ('2026-02-01')" }
 *   events_other:   { default: true }
 *   events_2025:    { values: "FROM ('2025-01-01') TO ('2026-01-01')", schema: archive }
 * </pre>
 * A partition lives in its parent's schema unless it says {@code schema:}; the loader moves it there
 * ({@link SchemaLoader}), which must be a schema of the YAML.
 */
final class PartitionReader {
    static final Set<String> PARTITION_KEYS = Set.of("values", "in", "modulus", "remainder", "default",
            "partition_by", "partitions", "with", "comment", "schema");

    /** A partition read from under its parent, and the schema it lives in. */
    record Placed(String schema, Table table, Node.Loc at) {}

    private final Reader r;
    private final Locations locations;
    private final String schema;

    PartitionReader(Reader r, Locations locations, String schema) {
        this.r = r;
        this.locations = locations;
        this.schema = schema;
    }

    /** The partitioning of a table (not a partition): PARTITION BY and INHERITS. */
    Partitioning of(MapNode table, String where, Set<String> columns) {
        String by = by(table, where, columns);
        List<String> inherits = Reader.get(table, "inherits").map(n -> r.strings(n, "inherits of " + where)).orElse(List.of());
        if (inherits == null) inherits = List.of();
        if (by != null && !inherits.isEmpty()) {
            r.error(Reader.get(table, "inherits").orElseThrow().loc(), where + ": a partitioned table cannot also"
                    + " inherit (PostgreSQL refuses it): remove inherits or partition_by");
        }
        inherits.forEach(p -> r.name(Reader.get(table, "inherits").orElseThrow().loc(), p, "a parent in inherits of " + where));
        return new Partitioning(by, null, null, inherits);
    }

    /** {@code partition_by: { range: [a, lower(b)] }}: one strategy, one or more keys (hash: any number). */
    private String by(MapNode map, String where, Set<String> columns) {
        Node node = Reader.get(map, "partition_by").orElse(null);
        if (node == null) return null;
        String what = "partition_by of " + where;
        MapNode m = r.map(node, what);
        if (m == null) return null;
        if (m.entries().size() != 1) {
            r.error(node.loc(), what + " must name one strategy with its keys, e.g. { range: [created_at] }");
            return null;
        }
        Entry e = m.entries().values().iterator().next();
        if (!PartitionSql.STRATEGIES.contains(e.key())) {
            r.allowKeys(m, what, PartitionSql.STRATEGIES);
            return null;
        }
        List<String> keys = r.strings(e.value(), e.key() + " of " + what);
        if (keys == null) return null;
        if (keys.isEmpty()) {
            r.error(e.value().loc(), what + " needs at least one key column or expression");
            return null;
        }
        if (e.key().equals("list") && keys.size() > 1) {
            r.error(e.value().loc(), what + ": list partitioning takes one key only (PostgreSQL's rule)");
            return null;
        }
        try {
            return PartitionSql.by(e.key(), keys, columns);
        } catch (IllegalArgumentException ex) {
            r.error(e.value().loc(), "a key of " + what + ": " + ex.getMessage());
            return null;
        }
    }

    /** The partitions under {@code map} (and theirs, depth first), each a table of its schema. */
    List<Placed> partitions(MapNode map, String parent, String parentSchema, String parentWhere, String parentBy) {
        Node node = Reader.get(map, "partitions").orElse(null);
        if (node == null) return List.of();
        MapNode parts = r.map(node, "partitions of " + parentWhere);
        if (parts == null) return List.of();
        if (parentBy == null) {
            r.error(node.loc(), parentWhere + " has partitions but no partition_by (add e.g. partition_by: { range:"
                    + " [created_at] })");
            return List.of();
        }
        List<Placed> out = new ArrayList<>();
        for (Entry e : parts.entries().values()) {
            if (!r.name(e.keyLoc(), e.key(), "a partition of " + parentWhere)) continue;
            partition(e, parent, parentSchema, parentBy).ifPresent(placed -> {
                out.add(placed);
                String where = "partition " + Reader.quoted(placed.schema() + "." + e.key());
                MapNode m = r.map(e.value(), where);
                if (m != null) out.addAll(partitions(m, e.key(), placed.schema(), where,
                        placed.table().partitioning().by()));
            });
        }
        return out;
    }

    private Optional<Placed> partition(Entry e, String parent, String parentSchema, String parentBy) {
        MapNode map = e.value() instanceof MapNode m ? m : null;
        String own = map == null ? parentSchema : ownSchema(map, parentSchema, e.key());
        String where = "partition " + Reader.quoted(own + "." + e.key());
        locations.put(Locations.table(own, e.key()), e.keyLoc());
        locations.put("partition:" + own + "." + e.key(), e.keyLoc());
        map = r.map(e.value(), where);
        if (map == null) return Optional.empty();
        r.allowKeys(map, where, PARTITION_KEYS);
        String bound = bound(map, where, e.keyLoc(), parentBy);
        if (bound == null) return Optional.empty();
        // A partition's own partition keys can only name columns: it has its parent's, which this reader does not see
        // as a set; an expression is checked by the lexer and then by the server.
        String by = by(map, where, Set.of());
        TableOptions options = OptionReader.table(r, map, where, Set.of());
        Table t = new Table(e.key(), List.of(), null, List.of(), List.of(), List.of(), List.of(),
                r.optionalText(map, "comment", where), null, options, List.of(),
                new Partitioning(by, parent, bound, List.of()).withParentSchema(parentSchema, own));
        return Optional.of(new Placed(own, t, Reader.get(map, "schema").map(Node::loc).orElse(e.keyLoc())));
    }

    /** {@code schema:} of a partition, else its parent's schema. */
    private String ownSchema(MapNode map, String parentSchema, String name) {
        Node node = Reader.get(map, "schema").orElse(null);
        if (node == null) return parentSchema;
        String s = r.string(node, "schema of partition " + Reader.quoted(parentSchema + "." + name));
        if (s == null || !r.name(node.loc(), s, "the schema of partition " + Reader.quoted(parentSchema + "." + name))) {
            return parentSchema;
        }
        return s;
    }

    /** Exactly one of values, in, modulus with remainder, default: true — the one the parent's strategy takes. */
    private String bound(MapNode map, String where, Node.Loc at, String parentBy) {
        String strategy = parentBy.substring(0, parentBy.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
        List<String> given = new ArrayList<>();
        for (String k : List.of("values", "in", "modulus", "default")) if (map.entries().containsKey(k)) given.add(k);
        if (given.size() != 1) {
            r.error(at, where + " needs exactly one bound: " + hint(strategy) + (given.isEmpty() ? ""
                    : " (it has " + String.join(", ", given) + ")"));
            return null;
        }
        Node node = Reader.get(map, given.get(0)).orElseThrow();
        return switch (given.get(0)) {
            case "default" -> Boolean.TRUE.equals(r.bool(map, "default", where)) ? "DEFAULT" : defaultFalse(node, where);
            case "values" -> values(map, where, node);
            case "in" -> in(node, where);
            default -> hash(map, where, node);
        };
    }

    private static String hint(String strategy) {
        return switch (strategy) {
            case "range" -> "values: \"FROM ('2026-01-01') TO ('2026-02-01')\" or default: true";
            case "list" -> "in: [a, b] or default: true";
            default -> "modulus: 4, remainder: 0";
        };
    }

    private String defaultFalse(Node node, String where) {
        if (node instanceof Scalar s && s.kind() == Node.Kind.BOOL) {
            r.error(node.loc(), "default of " + where + " can only be true (leave it out and give the bound instead)");
        }
        return null;
    }

    private String values(MapNode map, String where, Node node) {
        String text = r.requiredText(map, "values", where);
        if (text == null) return null;
        try {
            return PartitionSql.values(text);
        } catch (IllegalArgumentException ex) {
            r.error(node.loc(), "values of " + where + ": " + ex.getMessage());
            return null;
        }
    }

    private String in(Node node, String where) {
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            r.error(node.loc(), "in of " + where + " must be a list of values like [us, eu] (null for NULL)");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof Scalar s) values.add(s.kind() == Node.Kind.NULL ? null : s.text());
            else {
                r.error(item.loc(), "each value of in of " + where + " must be a single value, not " + Node.describe(item));
                return null;
            }
        }
        try {
            return PartitionSql.in(values);
        } catch (IllegalArgumentException ex) {
            r.error(node.loc(), "in of " + where + ": " + ex.getMessage());
            return null;
        }
    }

    private String hash(MapNode map, String where, Node node) {
        Long modulus = r.integer(map, "modulus", where);
        Long remainder = r.integer(map, "remainder", where);
        if (!map.entries().containsKey("remainder")) {
            r.error(node.loc(), where + " needs remainder with modulus (0 to modulus - 1)");
            return null;
        }
        if (modulus == null || remainder == null) return null;
        if (modulus < 1 || modulus > Integer.MAX_VALUE || remainder < 0 || remainder >= modulus) {
            r.error(node.loc(), where + ": modulus must be a positive whole number and remainder 0 to modulus - 1");
            return null;
        }
        return PartitionSql.hash(modulus.intValue(), remainder.intValue());
    }
}
