package io.schemasync.model;

import java.util.List;

/**
 * FOREIGN KEY (columns) REFERENCES refSchema.refTable (refColumns) with its actions and deferral.
 *
 * @param validated false for a foreign key added NOT VALID and not validated yet (pg_constraint.convalidated)
 */
public record ForeignKey(String name, List<String> columns, String refSchema, String refTable,
                         List<String> refColumns, FkAction onDelete, FkAction onUpdate, boolean matchFull,
                         Deferral deferral, boolean validated) implements Constraint {
    public ForeignKey {
        Lists.requireName(name, "foreign key");
        columns = Lists.copy(columns);
        refColumns = Lists.copy(refColumns);
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
    }

    public ForeignKey(String name, List<String> columns, String refSchema, String refTable, List<String> refColumns,
                      FkAction onDelete, FkAction onUpdate, boolean matchFull, Deferral deferral) {
        this(name, columns, refSchema, refTable, refColumns, onDelete, onUpdate, matchFull, deferral, true);
    }

    public ForeignKey withValidated(boolean valid) {
        return new ForeignKey(name, columns, refSchema, refTable, refColumns, onDelete, onUpdate, matchFull, deferral,
                valid);
    }
}
