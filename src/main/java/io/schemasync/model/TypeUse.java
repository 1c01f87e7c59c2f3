package io.schemasync.model;

import java.util.Objects;

/**
 * A live column whose type is a type object (a domain, ...), directly or through a domain over it.
 *
 * @param array true when the column holds an array of the type: PostgreSQL checks a domain's values inside
 *              arrays when they are written, but ALTER DOMAIN cannot check the rows already there
 */
public record TypeUse(ObjectRef column, boolean array) {
    public TypeUse {
        Objects.requireNonNull(column, "column");
    }

    public String path() {
        return column.path();
    }
}
