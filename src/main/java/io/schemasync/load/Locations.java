package io.schemasync.load;

import io.schemasync.load.Node.Loc;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each model object came from, keyed by a path such as {@code column:public.users.email}, so that the
 * checks that run on the merged model can still point at file:line:col.
 */
final class Locations {
    private final Map<String, Loc> byPath = new HashMap<>();

    void put(String path, Loc loc) {
        byPath.putIfAbsent(path, loc);
    }

    /** The first of the paths that is known; the paths go from the most precise to the enclosing object. */
    Loc at(String... paths) {
        for (String p : paths) {
            Loc loc = byPath.get(p);
            if (loc != null) return loc;
        }
        throw new IllegalStateException("no source location for " + String.join(", ", paths));
    }

    /** Like {@link #at}, but empty when none of the paths is known. */
    java.util.Optional<Loc> find(String... paths) {
        for (String p : paths) {
            Loc loc = byPath.get(p);
            if (loc != null) return java.util.Optional.of(loc);
        }
        return java.util.Optional.empty();
    }

    static String table(String schema, String table) {
        return "table:" + schema + "." + table;
    }

    static String in(String kind, String schema, String table, String name) {
        return kind + ":" + schema + "." + table + "." + name;
    }

    static String schemaLevel(String kind, String schema, String name) {
        return kind + ":" + schema + "." + name;
    }
}
