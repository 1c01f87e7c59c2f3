package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.MapNode;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.FkAction;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.UniqueConstraint;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Unique constraints, checks, foreign keys and indexes of one table. */
final class ConstraintReader {
    static final Set<String> FOREIGN_KEY_KEYS = Set.of("columns", "references", "on_delete", "on_update", "match",
            "deferrable", "initially_deferred", "not_valid");
    static final Set<String> CHECK_KEYS = Set.of("expression", "not_valid");
    static final Set<String> INDEX_KEYS = Set.of("columns", "unique", "using", "include", "where",
            "nulls_not_distinct", "comment", "with");
    static final List<String> ACTIONS = List.of("no_action", "restrict", "cascade", "set_null", "set_default");
    private static final Map<String, FkAction> ACTION_SPELLINGS = Map.ofEntries(
            Map.entry("no_action", FkAction.NO_ACTION), Map.entry("no action", FkAction.NO_ACTION),
            Map.entry("restrict", FkAction.RESTRICT), Map.entry("cascade", FkAction.CASCADE),
            Map.entry("set_null", FkAction.SET_NULL), Map.entry("set null", FkAction.SET_NULL),
            Map.entry("set_default", FkAction.SET_DEFAULT), Map.entry("set default", FkAction.SET_DEFAULT));
    static final List<String> METHODS = List.of("btree", "hash", "gist", "spgist", "gin", "brin");
    /** Access methods of well-known extensions (pgvector, bloom, rum), accepted without a typo check. */
    private static final Set<String> EXTENSION_METHODS = Set.of("hnsw", "ivfflat", "bloom", "rum", "diskann");
    private static final Map<String, Boolean> MATCH = Map.of("full", true, "simple", false);

    private final TableReader t;
    private final Reader r;

    ConstraintReader(TableReader table) {
        this.t = table;
        this.r = table.r;
    }

    Optional<UniqueConstraint> unique(Entry e) {
        String what = t.inTable("unique constraint", e.key());
        t.at("unique", e.key(), e.keyLoc());
        if (e.value() instanceof MapNode map) {
            r.allowKeys(map, what, TableReader.UNIQUE_KEYS);
            Node columnsNode = Reader.get(map, "columns").orElse(null);
            if (columnsNode == null) {
                r.error(e.keyLoc(), what + " needs columns: [..]");
                return Optional.empty();
            }
            List<String> columns = t.columnList(columnsNode, "columns of " + what, "unique.col", e.key());
            Boolean nnd = r.bool(map, "nulls_not_distinct", what);
            var deferral = deferral(map, what);
            return Optional.ofNullable(columns).map(c -> new UniqueConstraint(e.key(), c, Boolean.TRUE.equals(nnd),
                    deferral));
        }
        return Optional.ofNullable(t.columnList(e.value(), what, "unique.col", e.key()))
                .map(c -> UniqueConstraint.of(e.key(), c));
    }

    /**
     * {@code name: expression}, or {@code name: { expression: ..., not_valid: true }} for a check that need not hold
     * for the rows already there (added NOT VALID, never validated by schemasync).
     */
    Optional<CheckConstraint> check(Entry e) {
        String what = t.inTable("check", e.key());
        t.at("check", e.key(), e.keyLoc());
        if (e.value() instanceof MapNode map) {
            r.allowKeys(map, what, CHECK_KEYS);
            Boolean notValid = r.bool(map, "not_valid", what);
            Node expression = Reader.get(map, "expression").orElse(null);
            if (expression == null) {
                r.error(e.keyLoc(), what + " needs expression: <SQL>, e.g. { expression: total >= 0, not_valid: true }");
                return Optional.empty();
            }
            return check(e.key(), expression, what).map(ck -> Boolean.TRUE.equals(notValid)
                    ? new CheckConstraint(ck.name(), ck.expression(), false) : ck);
        }
        return check(e.key(), e.value(), what);
    }

    private Optional<CheckConstraint> check(String name, Node node, String what) {
        String expr = r.string(node, what);
        if (expr == null || expr.isBlank()) {
            if (node instanceof Node.Scalar) r.error(node.loc(), what + " needs an SQL expression, e.g. "
                    + "total >= 0");
            return Optional.empty();
        }
        // PostgreSQL's whitespace only: String.strip() would also take U+3000, a letter to PostgreSQL.
        return Optional.of(new CheckConstraint(name, SqlText.trim(expr)));
    }

    Optional<ForeignKey> foreignKey(Entry e) {
        String what = t.inTable("foreign key", e.key());
        t.at("fk", e.key(), e.keyLoc());
        MapNode map = r.map(e.value(), what);
        if (map == null) return Optional.empty();
        r.allowKeys(map, what, FOREIGN_KEY_KEYS);
        Optional<References> refs = references(map, e, what);
        Node columnsNode = Reader.get(map, "columns").orElse(null);
        if (columnsNode == null) r.error(e.keyLoc(), what + " needs columns: [..]");
        List<String> columns = columnsNode == null ? null : t.columnList(columnsNode, "columns of " + what,
                "fk.col", e.key());
        FkAction onDelete = r.choice(map, "on_delete", what, ACTION_SPELLINGS, ACTIONS);
        FkAction onUpdate = r.choice(map, "on_update", what, ACTION_SPELLINGS, ACTIONS);
        Boolean full = r.choice(map, "match", what, MATCH, List.of("simple", "full"));
        var deferral = deferral(map, what);
        Boolean notValid = r.bool(map, "not_valid", what);
        if (refs.isEmpty() || columns == null) return Optional.empty();
        References ref = refs.get();
        // Without columns the target is the referenced table's primary key; the Validator fills them in.
        return Optional.of(new ForeignKey(e.key(), columns, ref.schema() == null ? t.schema : ref.schema(),
                ref.table(), ref.columns() == null ? List.of() : ref.columns(), onDelete, onUpdate,
                Boolean.TRUE.equals(full), deferral, !Boolean.TRUE.equals(notValid)));
    }

    private Optional<References> references(MapNode map, Entry e, String what) {
        Node node = Reader.get(map, "references").orElse(null);
        if (node == null) {
            r.error(e.keyLoc(), what + " needs references: table(column, ...)");
            return Optional.empty();
        }
        t.at("fk.references", e.key(), node.loc());
        String text = r.string(node, "references of " + what);
        if (text == null) return Optional.empty();
        Optional<References> refs = References.parse(text);
        if (refs.isEmpty()) r.error(node.loc(), "references of " + what + " must read table(column, ...) or "
                + "schema.table(column, ...), not \"" + text + "\"; double-quote names that hold . ( ) , or spaces");
        // The target may be in a schema the YAML does not manage, where nothing else would check its names.
        boolean fit = refs.stream().flatMap(x -> java.util.stream.Stream.concat(java.util.stream.Stream.of(x.schema(),
                x.table()), x.columns() == null ? java.util.stream.Stream.empty() : x.columns().stream()))
                .filter(java.util.Objects::nonNull).map(n -> r.name(node.loc(), n, "in references of " + what))
                .reduce(true, Boolean::logicalAnd);
        return fit ? refs : Optional.empty();
    }

    private io.schemasync.model.Deferral deferral(MapNode map, String what) {
        Boolean deferrable = r.bool(map, "deferrable", what);
        Boolean deferred = r.bool(map, "initially_deferred", what);
        if (Boolean.FALSE.equals(deferrable) && Boolean.TRUE.equals(deferred)) {
            r.error(Reader.get(map, "initially_deferred").orElseThrow().loc(), what + " is initially_deferred "
                    + "but not deferrable; PostgreSQL refuses this, remove deferrable: false");
        }
        return TableReader.deferral(deferrable, deferred);
    }

    Optional<Index> index(Entry e) {
        String what = t.inTable("index", e.key());
        t.at("index", e.key(), e.keyLoc());
        MapNode map = r.map(e.value(), what);
        if (map == null) return Optional.empty();
        r.allowKeys(map, what, INDEX_KEYS);
        Node columnsNode = Reader.get(map, "columns").orElse(null);
        if (columnsNode == null) {
            r.error(e.keyLoc(), what + " needs columns: [..]");
            return Optional.empty();
        }
        List<IndexKey> keys = keys(columnsNode, e.key(), what);
        List<String> include = Reader.get(map, "include")
                .map(n -> t.columnList(n, "include of " + what, "index.include", e.key())).orElse(List.of());
        String method = method(map, what);
        Boolean unique = r.bool(map, "unique", what);
        Boolean nnd = r.bool(map, "nulls_not_distinct", what);
        var storage = Reader.get(map, "with").map(n -> OptionReader.storage(r, n, "with of " + what, false))
                .orElse(io.schemasync.model.Storage.NONE);
        if (keys == null) return Optional.empty();
        return Optional.of(new Index(e.key(), Boolean.TRUE.equals(unique), method, keys,
                include == null ? List.of() : include, r.requiredText(map, "where", what), Boolean.TRUE.equals(nnd),
                r.optionalText(map, "comment", what), storage));
    }

    static final Set<String> EXCLUDE_KEYS = Set.of("using", "elements", "include", "where", "deferrable",
            "initially_deferred");
    /** An operator as PostgreSQL's scanner reads one, or OPERATOR(schema.op). */
    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile(
            "[+\\-*/<>=~!@#%^&|`?]+|(?i:operator)\\(\\s*[a-z_][a-z0-9_$]*\\s*\\.\\s*[+\\-*/<>=~!@#%^&|`?]+\\s*\\)");

    /**
     * {@code name: { using: gist, elements: [[room_id, "="], [during, "&&"]], where: ..., deferrable: ... }}: each
     * element a key as an index's columns are written (a column, an expression, with opclass or collation) and the
     * operator no two rows may both satisfy.
     */
    Optional<io.schemasync.model.ExclusionConstraint> exclusion(Entry e) {
        String what = t.inTable("exclusion constraint", e.key());
        t.at("exclude", e.key(), e.keyLoc());
        MapNode map = r.map(e.value(), what);
        if (map == null) return Optional.empty();
        r.allowKeys(map, what, EXCLUDE_KEYS);
        Node elementsNode = Reader.get(map, "elements").orElse(null);
        if (elementsNode == null) {
            r.error(e.keyLoc(), what + " needs elements: [[column, operator], ...], e.g. [[room_id, \"=\"], [during, \"&&\"]]");
            return Optional.empty();
        }
        List<IndexKey> keys = new ArrayList<>();
        List<String> operators = new ArrayList<>();
        if (!elements(elementsNode, e.key(), what, keys, operators)) return Optional.empty();
        String method = method(map, what);
        List<String> include = Reader.get(map, "include")
                .map(n -> t.columnList(n, "include of " + what, "exclude.include", e.key())).orElse(List.of());
        var deferral = deferral(map, what);
        Index ix = new Index(e.key(), false, method == null ? "gist" : method, keys,
                include == null ? List.of() : include, r.requiredText(map, "where", what), false, null);
        return Optional.of(new io.schemasync.model.ExclusionConstraint(e.key(), ix, operators, deferral));
    }

    private boolean elements(Node node, String name, String what, List<IndexKey> keys, List<String> operators) {
        String shape = "elements of " + what + " must be a list of [key, operator] pairs, e.g. [[room_id, \"=\"],"
                + " [during, \"&&\"]]";
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            r.error(node.loc(), shape);
            return false;
        }
        boolean ok = true;
        for (Node item : list.items()) {
            List<String> pair = item instanceof ListNode ? r.strings(item, "an element of " + what) : null;
            if (pair == null || pair.size() != 2) {
                if (pair != null || !(item instanceof ListNode)) r.error(item.loc(), shape);
                ok = false;
                continue;
            }
            String op = pair.get(1).strip();
            if (!OPERATOR.matcher(op).matches()) {
                r.error(item.loc(), "\"" + pair.get(1) + "\" in an element of " + what + " is not an operator (=, &&,"
                        + " <>, or OPERATOR(schema.op))");
                ok = false;
                continue;
            }
            t.at("exclude.key", name + "/" + keys.size(), item.loc());
            keys.add(IndexKeys.parse(pair.get(0), t.columnNames(), t.columnsFromQuery));
            operators.add(op);
        }
        return ok;
    }

    /** A built-in access method, or one an extension adds (hnsw, ivfflat, bloom): any plain name that is no typo. */
    private String method(MapNode map, String what) {
        String written = r.requiredText(map, "using", what);
        if (written == null) return null;
        String method = written.strip().toLowerCase(java.util.Locale.ROOT);
        if (!r.name(Reader.get(map, "using").orElseThrow().loc(), method, "using of " + what)) return null;
        String typo = Reader.didYouMean(method, METHODS);
        if (!METHODS.contains(method) && !EXTENSION_METHODS.contains(method) && (!typo.isEmpty() || !method.matches("[a-z_][a-z0-9_]*"))) {
            r.error(Reader.get(map, "using").orElseThrow().loc(), "using of " + what + " must be an index method ("
                    + String.join(", ", METHODS) + ", or one an extension adds), not \"" + written + "\"" + typo);
            return null;
        }
        return method;
    }

    private List<IndexKey> keys(Node node, String index, String what) {
        List<String> written = r.strings(node, "columns of " + what);
        if (written == null) return null;
        if (written.isEmpty()) {
            r.error(node.loc(), "columns of " + what + " must hold at least one key");
            return null;
        }
        var keys = new ArrayList<IndexKey>();
        for (int i = 0; i < written.size(); i++) {
            Node.Loc loc = node instanceof ListNode list && list.items().size() == written.size()
                    ? list.items().get(i).loc() : node.loc();
            if (loc != node.loc()) t.at("index.key", index + "/" + i, loc);
            IndexKey key = IndexKeys.parse(written.get(i), t.columnNames(), t.columnsFromQuery);
            if (key.collation() != null) r.name(loc, key.collation(), "the collation of a key of " + what);
            if (key.opclass() != null) {
                for (String part : key.opclass().split("\\.")) r.name(loc, part, "the operator class of a key of " + what);
            }
            keys.add(key);
        }
        return keys;
    }
}
