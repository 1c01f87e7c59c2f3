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
