package io.schemasync.model;

import java.util.List;

/** {@code CREATE TYPE name AS ENUM (...)}; the label order is significant (it is the sort order). */
public record EnumType(String name, List<String> values, String comment) {
    public EnumType {
        Lists.requireName(name, "type");
        values = Lists.copy(values);
        Lists.requireUniqueNames(values, v -> v, "enum value");
    }
}
