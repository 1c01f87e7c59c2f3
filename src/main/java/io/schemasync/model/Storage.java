package io.schemasync.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Storage parameters of a table or an index ({@code WITH (fillfactor = 70, autovacuum_enabled = false)}), as the
 * server keeps them in pg_class.reloptions ({@code name=value} text), sorted by name. A table's TOAST parameters
 * are named {@code toast.<name>}. Values are compared as the server stores them, with two normalizations so that
 * spellings PostgreSQL takes as the same value compare equal: booleans ({@code on}, {@code yes}, {@code 1} are
 * {@code true}) and numbers ({@code .50} is {@code 0.5}).
 */
public record Storage(SortedMap<String, String> params) {
    public static final Storage NONE = new Storage(new TreeMap<>());

    /** Parameters of type bool (reloptions.c): their value is stored as written, on/off/true/false/yes/no/1/0. */
    private static final Set<String> BOOLEANS = Set.of("autovacuum_enabled", "user_catalog_table", "vacuum_truncate",
            "deduplicate_items", "fastupdate", "autosummarize", "security_barrier", "security_invoker");

    public Storage {
        TreeMap<String, String> copy = new TreeMap<>();
        params.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), normalize(k, Objects.requireNonNull(v, k))));
        params = Collections.unmodifiableSortedMap(copy);
    }

    public static Storage of(Map<String, String> params) {
        return params.isEmpty() ? NONE : new Storage(new TreeMap<>(params));
    }

    /** From reloptions text ({@code fillfactor=70}); null is none. */
    public static Storage fromReloptions(List<String> reloptions) {
        if (reloptions == null || reloptions.isEmpty()) return NONE;
        TreeMap<String, String> map = new TreeMap<>();
        for (String option : reloptions) {
            int eq = option.indexOf('=');
            map.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return new Storage(map);
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    /** The parameters to SET to go from {@code from} to this. */
    public SortedMap<String, String> setFrom(Storage from) {
        TreeMap<String, String> out = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!v.equals(from.params.get(k))) out.put(k, v);
        });
        return out;
    }

    /** The parameters to RESET to go from {@code from} to this. */
    public List<String> resetFrom(Storage from) {
        List<String> out = new ArrayList<>();
        from.params.keySet().stream().filter(k -> !params.containsKey(k)).forEach(out::add);
        return out;
    }

    /** Only the parameters of the table itself, or only its TOAST table's ({@code toast.} names). */
    public Storage toast(boolean toast) {
        TreeMap<String, String> out = new TreeMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("toast.") == toast) out.put(k, v);
        });
        return new Storage(out);
    }

    @Override
    public String toString() {
        return params.toString();
    }

    private static String normalize(String name, String value) {
        String bare = name.substring(name.indexOf('.') + 1).toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        if (BOOLEANS.contains(bare)) {
            if (Set.of("on", "true", "yes", "1", "t", "y").contains(v)) return "true";
            if (Set.of("off", "false", "no", "0", "f", "n").contains(v)) return "false";
        }
        if (value.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
