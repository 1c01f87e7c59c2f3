package io.schemasync.model;

import java.util.List;

/** FOREIGN KEY (columns) REFERENCES refSchema.refTable (refColumns) with its actions and deferral. */
public record ForeignKey(String name, List<String> columns, String refSchema, String refTable,
                         List<String> refColumns, FkAction onDelete, FkAction onUpdate, boolean matchFull,
                         Deferral deferral) implements Constraint {
    public ForeignKey {
        Lists.requireName(name, "foreign key");
        columns = Lists.copy(columns);
        refColumns = Lists.copy(refColumns);
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
    }
}
