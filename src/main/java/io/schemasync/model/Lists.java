package io.schemasync.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Helpers for the compact constructors of the model records. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        if (list == null) return List.of();
        List<T> copy = new ArrayList<>(list);
        copy.forEach(Objects::requireNonNull);
        copy.sort(order);
        return List.copyOf(copy);
    }

    /**
     * The item of a list sorted by {@code key} (as {@link #sorted} leaves it) whose key is {@code wanted}: a binary
     * search, as a schema of thousands of tables is asked for its tables by name thousands of times.
     */
    static <T, K extends Comparable<? super K>> java.util.Optional<T> find(List<T> sorted, Function<T, K> key, K wanted) {
        return find(sorted, t -> key.apply(t).compareTo(wanted));
    }

    /** The same, with {@code order} telling how an item compares to the one wanted (negative: it comes before). */
    static <T> java.util.Optional<T> find(List<T> sorted, java.util.function.ToIntFunction<T> order) {
        int lo = 0, hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = order.applyAsInt(sorted.get(mid));
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return java.util.Optional.of(sorted.get(mid));
        }
        return java.util.Optional.empty();
    }

    static <T> void requireUniqueNames(List<T> items, Function<T, String> name, String kind) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw new IllegalArgumentException(kind + " \"" + name.apply(item) + "\" is defined twice");
            }
        }
    }

    static String requireName(String name, String kind) {
        Objects.requireNonNull(name, kind + " name");
        if (name.isEmpty()) throw new IllegalArgumentException(kind + " name is empty");
        return name;
    }
}
