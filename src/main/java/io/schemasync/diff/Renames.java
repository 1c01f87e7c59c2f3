package io.schemasync.diff;

import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared renames of a plan, to read live objects as they will be after the renames: PostgreSQL carries
 * keys, indexes and foreign keys along when a table or column is renamed, so those are unchanged.
 */
final class Renames {
    private final Map<String, String> tables = new HashMap<>();
    private final Map<String, Map<String, String>> columns = new HashMap<>();

    /**
     * Collects the renames that will happen: the old name exists live, the new one does not, and the desired schema
     * does not define the old name too (the same conditions as Differ and TableDiffer).
     */
    static Renames of(Database live, Database desired) {
        Renames r = new Renames();
        for (Schema want : desired.schemas()) {
            Schema have = live.schema(want.name()).orElse(Schema.named(want.name()));
            Map<String, String> renamed = tableRenames(have, want);
            renamed.forEach((from, to) -> r.tables.put(key(want.name(), from), to));
            for (Table t : want.tables()) {
                Table old = liveTable(have, renamed, t);
                if (old != null) r.columns.put(key(want.name(), t.name()), columnRenames(old, t));
            }
        }
        return r;
    }

    /**
     * The table renames of one schema, old name to new: the old name exists live and the new one does not. The old
     * name may be defined again in the YAML, by a table that is not itself renamed: that is a new table, created
     * after the rename (the loader refuses chains and swaps of names).
     */
    static Map<String, String> tableRenames(Schema have, Schema want) {
        Map<String, String> m = new HashMap<>();
        for (Table t : want.tables()) {
            String from = t.renamedFrom();
            if (from == null || from.equals(t.name()) || have.table(t.name()).isPresent()
                    || have.table(from).isEmpty()) continue;
            if (want.table(from).map(taken -> taken.renamedFrom() == null).orElse(true)) m.put(from, t.name());
        }
        return m;
    }

    /**
     * The live table that the wanted table {@code t} is, given the schema's {@link #tableRenames}: its old one when
     * the plan renames it, none when its name is one a rename takes away (it is new), else the one of its name.
     */
    static Table liveTable(Schema have, Map<String, String> renamed, Table t) {
        if (t.renamedFrom() != null && t.name().equals(renamed.get(t.renamedFrom()))) {
            return have.table(t.renamedFrom()).orElse(null);
        }
        return renamed.containsKey(t.name()) ? null : have.table(t.name()).orElse(null);
    }

    /**
     * The column renames of one table, old name to new: the old name exists live and the new one does not. The old
     * name may be defined again in the YAML: that is a new column, added after the rename (the loader refuses
     * chains and swaps of names).
     */
    static Map<String, String> columnRenames(Table have, Table want) {
        Map<String, String> m = new HashMap<>();
        for (Column c : want.columns()) {
            if (c.renamedFrom() != null && have.column(c.name()).isEmpty() && have.column(c.renamedFrom()).isPresent()) {
                m.put(c.renamedFrom(), c.name());
            }
        }
        return m;
    }

    /**
     * The live column that the wanted column {@code c} is, given the table's {@link #columnRenames}: its old one when
     * the plan renames it, none when its name is one a rename takes away (it is new), else the one of its name.
     */
    static java.util.Optional<Column> liveColumn(Table have, Map<String, String> renamed, Column c) {
        if (c.renamedFrom() != null && c.name().equals(renamed.get(c.renamedFrom()))) return have.column(c.renamedFrom());
        return renamed.containsKey(c.name()) ? java.util.Optional.empty() : have.column(c.name());
    }

    private static String key(String schema, String table) {
        return schema + "\0" + table;
    }

    /** The name a live table has once the plan's renames ran. */
    String tableName(String schema, String liveTable) {
        return tables.getOrDefault(key(schema, liveTable), liveTable);
    }

    Map<String, String> columnsOf(String schema, String table) {
        return columns.getOrDefault(key(schema, table), Map.of());
    }

    /** The live constraint of table {@code schema.table} (new name) as it reads after the renames. */
    Constraint constraint(String schema, String table, Constraint live) {
        Map<String, String> own = columnsOf(schema, table);
        return switch (live) {
            case PrimaryKey pk -> new PrimaryKey(pk.name(), rename(pk.columns(), own));
            case UniqueConstraint u -> new UniqueConstraint(u.name(), rename(u.columns(), own), u.nullsNotDistinct(),
                    u.deferral());
            case CheckConstraint ck -> new CheckConstraint(ck.name(), ColumnReferences.rename(ck.expression(), own),
                    ck.validated());
            case io.schemasync.model.ExclusionConstraint x -> x.withIndex(index(schema, table, x.index()));
            case ForeignKey fk -> {
                String refTable = tables.getOrDefault(key(fk.refSchema(), fk.refTable()), fk.refTable());
                yield new ForeignKey(fk.name(), rename(fk.columns(), own), fk.refSchema(), refTable,
                        rename(fk.refColumns(), columnsOf(fk.refSchema(), refTable)), fk.onDelete(), fk.onUpdate(),
                        fk.matchFull(), fk.deferral(), fk.validated());
            }
        };
    }

    /**
     * The live index as it reads after column renames: column keys, INCLUDE, and the columns that expressions and
     * the predicate name (the server prints the new names; see {@link ColumnReferences}).
     */
    Index index(String schema, String table, Index live) {
        Map<String, String> own = columnsOf(schema, table);
        if (own.isEmpty()) return live;
        List<IndexKey> keys = live.keys().stream().map(k -> k.column()
                ? own.containsKey(k.expression()) ? new IndexKey(own.get(k.expression()), true, k.collation(),
                        k.opclass(), k.descending(), k.nullsFirst()) : k
                : new IndexKey(ColumnReferences.rename(k.expression(), own), false, k.collation(), k.opclass(),
                        k.descending(), k.nullsFirst())).toList();
        return new Index(live.name(), live.unique(), live.method(), keys, rename(live.include(), own),
                ColumnReferences.rename(live.where(), own), live.nullsNotDistinct(), live.comment(), live.storage());
    }

    /** The live column as it reads after column renames: its generation expression names the new columns. */
    Column column(String schema, String table, Column live) {
        Map<String, String> own = columnsOf(schema, table);
        if (own.isEmpty() || live.generated() == null) return live;
        return new Column(live.name(), live.type(), live.nullable(), live.defaultExpr(), live.identity(),
                ColumnReferences.rename(live.generated(), own), live.collation(), live.comment(), live.renamedFrom(),
                live.sequence(), live.options());
    }

    private static List<String> rename(List<String> names, Map<String, String> renames) {
        return renames.isEmpty() ? names : names.stream().map(n -> renames.getOrDefault(n, n)).toList();
    }

    /** The same constraint under another name, to recognise one that was only renamed. */
    static Constraint named(Constraint c, String name) {
        return switch (c) {
            case PrimaryKey pk -> new PrimaryKey(name, pk.columns());
            case UniqueConstraint u -> new UniqueConstraint(name, u.columns(), u.nullsNotDistinct(), u.deferral());
            case CheckConstraint ck -> new CheckConstraint(name, ck.expression(), ck.validated());
            case io.schemasync.model.ExclusionConstraint x -> x.withName(name);
            case ForeignKey fk -> new ForeignKey(name, fk.columns(), fk.refSchema(), fk.refTable(), fk.refColumns(),
                    fk.onDelete(), fk.onUpdate(), fk.matchFull(), fk.deferral(), fk.validated());
        };
    }
}
