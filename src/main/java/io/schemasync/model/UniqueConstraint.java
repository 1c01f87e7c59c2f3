package io.schemasync.model;

import java.util.List;

/** UNIQUE (columns) [NULLS NOT DISTINCT] [DEFERRABLE ...]. */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, Deferral deferral)
        implements Constraint {
    public UniqueConstraint {
        Lists.requireName(name, "unique constraint");
        columns = Lists.copy(columns);
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
    }

    public static UniqueConstraint of(String name, List<String> columns) {
        return new UniqueConstraint(name, columns, false, Deferral.NOT_DEFERRABLE);
    }
}
