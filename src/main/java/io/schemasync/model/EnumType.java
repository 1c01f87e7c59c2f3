package io.schemasync.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code CREATE TYPE name AS ENUM (...)}; the label order is significant (it is the sort order).
 *
 * @param renamedFrom   desired side only: the type's previous name ({@code ALTER TYPE ... RENAME TO}); null if none
 * @param renamedValues desired side only: a label's previous name by its new name ({@code RENAME VALUE})
 */
public record EnumType(String name, List<String> values, String comment, String renamedFrom,
                       Map<String, String> renamedValues) {
    public EnumType {
        Lists.requireName(name, "type");
        values = Lists.copy(values);
        Lists.requireUniqueNames(values, v -> v, "enum value");
        renamedValues = renamedValues == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(renamedValues));
    }

    public EnumType(String name, List<String> values, String comment) {
        this(name, values, comment, null, Map.of());
    }

    /** The labels as they read after {@code renamedValues} are applied to {@code live}'s. */
    public List<String> afterValueRenames(List<String> live) {
        Map<String, String> byOld = new java.util.HashMap<>();
        renamedValues.forEach((now, before) -> {
            if (live.contains(before) && !live.contains(now)) byOld.put(before, now);
        });
        return live.stream().map(v -> byOld.getOrDefault(v, v)).toList();
    }
}
