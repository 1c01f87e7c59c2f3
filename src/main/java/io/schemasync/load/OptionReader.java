package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.MapNode;
import io.schemasync.model.ReplicaIdentity;
import io.schemasync.model.Storage;
import io.schemasync.model.TableOptions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A table's {@code unlogged}, {@code with} and {@code replica_identity}, and an index's {@code with}. */
final class OptionReader {
    private OptionReader() {}

    /** The storage parameters of heap tables (PostgreSQL 13 to 18), without the {@code toast.} prefix. */
    static final List<String> TABLE_PARAMS = List.of("fillfactor", "toast_tuple_target", "parallel_workers",
            "autovacuum_enabled", "autovacuum_vacuum_threshold", "autovacuum_vacuum_max_threshold",
            "autovacuum_vacuum_scale_factor", "autovacuum_vacuum_insert_threshold",
            "autovacuum_vacuum_insert_scale_factor", "autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor",
            "autovacuum_vacuum_cost_delay", "autovacuum_vacuum_cost_limit", "autovacuum_freeze_min_age",
            "autovacuum_freeze_max_age", "autovacuum_freeze_table_age", "autovacuum_multixact_freeze_min_age",
            "autovacuum_multixact_freeze_max_age", "autovacuum_multixact_freeze_table_age",
            "log_autovacuum_min_duration", "user_catalog_table", "vacuum_index_cleanup", "vacuum_truncate",
            "vacuum_max_eager_freeze_failure_rate");
    /** What a TOAST table takes: the autovacuum and vacuum settings only. */
    private static final Set<String> NOT_TOAST = Set.of("fillfactor", "toast_tuple_target", "parallel_workers",
            "user_catalog_table", "autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor");
    private static final Map<String, ReplicaIdentity> IDENTITIES = Map.of(
            "default", ReplicaIdentity.DEFAULT, "full", ReplicaIdentity.of(ReplicaIdentity.Mode.FULL),
            "nothing", ReplicaIdentity.of(ReplicaIdentity.Mode.NOTHING));

    static TableOptions table(Reader r, MapNode map, String where, Set<String> indexNames) {
        Boolean unlogged = r.bool(map, "unlogged", where);
        Storage storage = Reader.get(map, "with").map(n -> storage(r, n, "with of " + where, true)).orElse(Storage.NONE);
        ReplicaIdentity identity = Reader.get(map, "replica_identity")
                .map(n -> replicaIdentity(r, n, "replica_identity of " + where, indexNames)).orElse(null);
        return new TableOptions(Boolean.TRUE.equals(unlogged), storage, identity);
    }

    /**
     * {@code name: value}: a number, a boolean or a word. The names of a table's parameters are checked against
     * PostgreSQL's list (typos are reported here, not by the server in the middle of an apply); an index's depend on
     * its access method (extensions add their own: hnsw's m, ivfflat's lists) and are checked by the server when the
     * desired schema is canonicalized.
     */
    static Storage storage(Reader r, Node node, String what, boolean table) {
        MapNode map = r.map(node, what);
        if (map == null) return Storage.NONE;
        TreeMap<String, String> params = new TreeMap<>();
        for (Entry e : map.entries().values()) {
            String name = e.key().toLowerCase(java.util.Locale.ROOT);
            if (!validName(r, e, name, what, table)) continue;
            if (!(e.value() instanceof Node.Scalar s) || s.kind() == Node.Kind.NULL || s.text().isBlank()) {
                r.error(e.value().loc(), name + " in " + what + " must be a number, true/false or a word, not "
                        + Node.describe(e.value()));
                continue;
            }
            String value = s.kind() == Node.Kind.BOOL ? String.valueOf(boolValue(s.text())) : s.text().strip();
            // Sent as a string literal whatever it holds; still, no parameter takes more than a number or a word.
            if (!value.matches("[A-Za-z0-9_.+-]{1,64}")) {
                r.error(s.loc(), name + " in " + what + " must be a number, true/false or a word, not \"" + value + "\"");
                continue;
            }
            params.put(name, value);
        }
        return Storage.of(params);
    }

    private static boolean boolValue(String text) {
        return Set.of("true", "yes", "y", "on").contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean validName(Reader r, Entry e, String name, String what, boolean table) {
        boolean toast = table && name.startsWith("toast.");
        String bare = toast ? name.substring("toast.".length()) : name;
        if (!bare.matches("[a-z_][a-z0-9_]*")) {
            r.error(e.keyLoc(), "\"" + e.key() + "\" in " + what + " is not a storage parameter name");
            return false;
        }
        if (!table) return true;
        if (!TABLE_PARAMS.contains(bare) || toast && NOT_TOAST.contains(bare)) {
            String hint = Reader.didYouMean(bare, TABLE_PARAMS);
            r.error(e.keyLoc(), "\"" + e.key() + "\" in " + what + " is not a storage parameter of "
                    + (toast ? "a TOAST table" : "a table") + (hint.isEmpty() ? " (see the list under CREATE TABLE's"
                    + " Storage Parameters in the PostgreSQL documentation)" : hint));
            return false;
        }
        return true;
    }

    /** {@code default}, {@code full}, {@code nothing}, or {@code { index: name }} naming an index or key of the table. */
    private static ReplicaIdentity replicaIdentity(Reader r, Node node, String what, Set<String> indexNames) {
        if (node instanceof MapNode map) {
            r.allowKeys(map, what, Set.of("index"));
            String index = r.requiredText(map, "index", what);
            if (index == null) {
                if (!map.entries().containsKey("index")) r.error(node.loc(), what + " needs index: <name>");
                return null;
            }
            if (!indexNames.contains(index)) {
                r.error(Reader.get(map, "index").orElseThrow().loc(), what + " names index \"" + index + "\", which is"
                        + " not a unique index, primary key or unique constraint of the table"
                        + Reader.didYouMean(index, indexNames));
                return null;
            }
            return ReplicaIdentity.usingIndex(index);
        }
        String word = r.string(node, what);
        if (word == null) return null;
        ReplicaIdentity identity = IDENTITIES.get(word.strip().toLowerCase(java.util.Locale.ROOT));
        if (identity == null) r.error(node.loc(), what + " must be default, full, nothing or { index: <name> }, not \""
                + word + "\"" + Reader.didYouMean(word, IDENTITIES.keySet()));
        return identity;
    }
}
