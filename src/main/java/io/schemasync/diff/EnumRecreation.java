package io.schemasync.diff;

import io.schemasync.diff.Change.EnumColumn;
import io.schemasync.diff.Change.RecreateEnum;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Removing or reordering an enum's labels: PostgreSQL cannot, so the type is made again and every column that holds
 * it is converted through text. What else uses the type (a domain over it, a function taking it, a check or index
 * expression naming a label) would keep the old type from being dropped, or would be rebuilt against the wrong
 * type; those are named as blockers and the step is refused.
 */
final class EnumRecreation {
    private EnumRecreation() {}

    static RecreateEnum of(Database live, Database desired, Renames renames, String schema, EnumType have,
                           EnumType want) {
        List<EnumColumn> columns = new ArrayList<>();
        List<ObjectRef> released = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        for (Schema s : live.schemas()) {
            for (Table t : s.tables()) {
                for (Column c : t.columns()) {
                    if (!TypeName.of(c.type()).names(schema, want.name())) continue;
                    var converted = column(desired, renames, s.name(), t, c, schema, want.name());
                    converted.ifPresent(columns::add);
                    if (converted.isEmpty()) released.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN, s.name(), t.name(), c.name()));
                }
                blockers.addAll(expressions(s.name(), t, schema, want.name()));
            }
            for (SchemaObject o : s.objects()) {
                if (Kinds.of(o).dependsOnAny(s.name(), o).stream().anyMatch(r -> r.kind() == ObjectRef.Kind.TYPE
                        && r.name().equals(want.name()) && (r.schema() == null || r.schema().equals(schema)))) {
                    blockers.add(o.ref(s.name()).toString());
                }
            }
        }
        return new RecreateEnum(schema, have, want, columns, released, blockers);
    }

    /**
     * The column as the step converts it: under the names it has after the plan's renames, with the default the
     * YAML gives it. A column the YAML drops, or gives another type, is not converted: that change goes first.
     */
    private static java.util.Optional<EnumColumn> column(Database desired, Renames renames, String tableSchema, Table t,
                                                         Column c, String schema, String type) {
        String table = renames.tableName(tableSchema, t.name());
        String name = renames.columnsOf(tableSchema, table).getOrDefault(c.name(), c.name());
        var wantedTable = desired.schema(tableSchema).flatMap(s -> s.table(table));
        if (wantedTable.isEmpty() && desired.drops(ObjectRef.of(ObjectRef.Kind.TABLE, tableSchema, t.name()))) {
            return java.util.Optional.empty();
        }
        var wanted = wantedTable.flatMap(w -> w.column(name));
        if (wantedTable.isPresent() && wanted.filter(w -> TypeName.of(w.type()).names(schema, type)).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new EnumColumn(tableSchema, table, name, t.name(), c.name(),
                c.type().strip().endsWith("]"), c.nullable(), c.defaultExpr() != null,
                wanted.isPresent() ? wanted.get().defaultExpr() : c.defaultExpr()));
    }

    /** Checks and index expressions of the table that name the type: rebuilt by ALTER TYPE against the old one. */
    private static List<String> expressions(String tableSchema, Table t, String schema, String type) {
        List<String> out = new ArrayList<>();
        for (CheckConstraint ck : t.checks()) {
            if (EnumRenames.castsTo(ck.expression(), schema, type)) {
                out.add("check " + ck.name() + " of table " + tableSchema + "." + t.name());
            }
        }
        for (Index ix : t.indexes()) {
            Stream<String> texts = Stream.concat(ix.keys().stream().filter(k -> !k.column()).map(IndexKey::expression),
                    Stream.of(ix.where()));
            if (texts.filter(Objects::nonNull).anyMatch(x -> EnumRenames.castsTo(x, schema, type))) {
                out.add("index " + tableSchema + "." + ix.name());
            }
        }
        return out;
    }
}
