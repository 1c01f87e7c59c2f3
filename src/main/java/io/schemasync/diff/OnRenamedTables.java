package io.schemasync.diff;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.SchemaObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A live object that belongs to a table (a trigger, a policy) as it reads once the plan's table and column renames
 * have run: PostgreSQL carries it along, so a statement that drops or creates it after the rename must name the
 * table and columns by their new names. The same mapping the diff applies before comparing (see {@code Differ}),
 * from the plan's own {@link Change.RenameTable} and {@link Change.RenameColumn} changes.
 */
public final class OnRenamedTables {
    private final Map<String, String> tables = new HashMap<>();
    /** The other way: a table's live name by the name the plan gives it. */
    private final Map<String, String> liveTables = new HashMap<>();
    private final Map<String, Map<String, String>> columns = new HashMap<>();
    /** The other way: by the table's new name, a column's live name by the name the plan gives it. */
    private final Map<String, Map<String, String>> liveColumns = new HashMap<>();

    private OnRenamedTables(List<Change> changes) {
        for (Change c : changes) {
            if (c instanceof Change.RenameTable r) {
                tables.put(r.schema() + "\0" + r.from(), r.to());
                liveTables.put(r.schema() + "\0" + r.to(), r.from());
            }
            // A view renamed by its own change: its triggers follow it.
            if (c instanceof Change.AlterObject a && a.from().refKind() == io.schemasync.model.ObjectRef.Kind.VIEW
                    && !a.from().name().equals(a.to().name())) {
                tables.put(a.schema() + "\0" + a.from().name(), a.to().name());
            }
            if (c instanceof Change.RenameColumn r) {
                columns.computeIfAbsent(r.schema() + "\0" + r.table(), k -> new HashMap<>()).put(r.from(), r.to());
                liveColumns.computeIfAbsent(r.schema() + "\0" + r.table(), k -> new HashMap<>()).put(r.to(), r.from());
            }
        }
    }

    public static OnRenamedTables of(List<Change> changes) {
        return new OnRenamedTables(changes);
    }

    /** The table's name after the plan's renames. */
    public String tableName(String schema, String liveTable) {
        return tables.getOrDefault(schema + "\0" + liveTable, liveTable);
    }

    /** The live name of the table the plan calls {@code table} (the same name unless the plan renames it). */
    public String liveTableName(String schema, String table) {
        return liveTables.getOrDefault(schema + "\0" + table, table);
    }

    /** The live name of the column the plan calls {@code column} in the table it calls {@code table}. */
    public String liveColumnName(String schema, String table, String column) {
        return liveColumns.getOrDefault(schema + "\0" + table, Map.of()).getOrDefault(column, column);
    }

    /**
     * A server-deparsed expression over the table the plan calls {@code table} (a CHECK, an index expression) with
     * its columns under their live names: what a read-only check of the live rows, before any rename runs, must say.
     */
    public String liveExpression(String schema, String table, String expression) {
        Map<String, String> renamed = liveColumns.getOrDefault(schema + "\0" + table, Map.of());
        return ColumnReferences.rename(expression, renamed);
    }

    /** {@code o} unchanged unless it belongs to a table the plan renames, or whose columns it renames. */
    public SchemaObject map(String schema, SchemaObject o) {
        if (o.table() == null) return o;
        String table = tableName(schema, o.table());
        Map<String, String> renamed = columns.getOrDefault(schema + "\0" + table, Map.of());
        if (table.equals(o.table()) && renamed.isEmpty()) return o;
        return Kinds.of(o).onTableAny(o, table, c -> renamed.getOrDefault(c, c),
                e -> ColumnReferences.renameFields(e, renamed, Set.of("new", "old")));
    }
}
