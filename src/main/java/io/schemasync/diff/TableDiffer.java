package io.schemasync.diff;

import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.CreateTable;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.DropIndex;
import io.schemasync.diff.Change.RenameColumn;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Table;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The changes inside one table: columns (with declared renames), constraints by name, indexes by name. */
final class TableDiffer {
    private final String schema;
    private final List<Change> changes;

    TableDiffer(String schema, List<Change> changes) {
        this.schema = schema;
        this.changes = changes;
    }

    /** @param have the live table (possibly under its old name), null when it does not exist */
    void diff(Table have, Table want) {
        if (have == null) {
            create(want);
            return;
        }
        String t = want.name();
        columns(have, want);
        constraints(have, want);
        indexes(have, want);
        if (!Objects.equals(have.comment(), want.comment())) {
            changes.add(new SetComment(ObjectRef.of(Kind.TABLE, schema, t), have.comment(), want.comment()));
        }
    }

    private void create(Table want) {
        changes.add(new CreateTable(schema, want));
        want.foreignKeys().forEach(fk -> changes.add(new AddConstraint(schema, want.name(), fk)));
        want.indexes().forEach(ix -> changes.add(new CreateIndex(schema, want.name(), ix)));
    }

    private void columns(Table have, Table want) {
        String t = want.name();
        Set<String> matched = new HashSet<>();
        for (Column c : want.columns()) {
            Column old = have.column(c.name()).orElse(null);
            if (old == null && c.renamedFrom() != null && have.column(c.renamedFrom()).isPresent()
                    && want.column(c.renamedFrom()).isEmpty()) {
                old = have.column(c.renamedFrom()).get();
                changes.add(new RenameColumn(schema, t, old.name(), c.name()));
            }
            if (old == null) {
                changes.add(new AddColumn(schema, t, c));
                continue;
            }
            matched.add(old.name());
            Set<ColumnAspect> aspects = aspects(old, c);
            if (!aspects.isEmpty()) changes.add(new AlterColumn(schema, t, old, c, aspects));
        }
        have.columns().stream().filter(c -> !matched.contains(c.name()))
                .forEach(c -> changes.add(new DropColumn(schema, t, c)));
    }

    static Set<ColumnAspect> aspects(Column have, Column want) {
        Set<ColumnAspect> a = EnumSet.noneOf(ColumnAspect.class);
        if (!have.type().equals(want.type())) a.add(ColumnAspect.TYPE);
        if (have.nullable() != want.nullable()) a.add(ColumnAspect.NULLABLE);
        if (!Objects.equals(have.defaultExpr(), want.defaultExpr())) a.add(ColumnAspect.DEFAULT);
        if (have.identity() != want.identity()) a.add(ColumnAspect.IDENTITY);
        if (!Objects.equals(have.generated(), want.generated())) a.add(ColumnAspect.GENERATED);
        if (!Objects.equals(have.collation(), want.collation())) a.add(ColumnAspect.COLLATION);
        if (!Objects.equals(have.comment(), want.comment())) a.add(ColumnAspect.COMMENT);
        return a;
    }

    private void constraints(Table have, Table want) {
        String t = want.name();
        Map<String, Constraint> old = byName(have.constraints(), Constraint::name);
        Map<String, Constraint> wanted = byName(want.constraints(), Constraint::name);
        for (Constraint c : want.constraints()) {
            Constraint o = old.get(c.name());
            if (o == null) changes.add(new AddConstraint(schema, t, c));
            else if (!renamed(o, renames(have, want)).equals(c)) changes.add(new ReplaceConstraint(schema, t, o, c));
        }
        have.constraints().stream().filter(c -> !wanted.containsKey(c.name()))
                .forEach(c -> changes.add(new DropConstraint(schema, t, c)));
    }

    /**
     * The live constraint as it will read after the declared column renames: PostgreSQL renames columns inside
     * constraints itself, so a key over a renamed column is unchanged.
     */
    private static Constraint renamed(Constraint live, Map<String, String> renames) {
        if (renames.isEmpty()) return live;
        return switch (live) {
            case io.schemasync.model.PrimaryKey pk -> new io.schemasync.model.PrimaryKey(pk.name(), rename(pk.columns(), renames));
            case io.schemasync.model.UniqueConstraint u -> new io.schemasync.model.UniqueConstraint(u.name(),
                    rename(u.columns(), renames), u.nullsNotDistinct(), u.deferral());
            case ForeignKey fk -> new ForeignKey(fk.name(), rename(fk.columns(), renames), fk.refSchema(), fk.refTable(),
                    fk.refColumns(), fk.onDelete(), fk.onUpdate(), fk.matchFull(), fk.deferral());
            case io.schemasync.model.CheckConstraint ck -> ck;
        };
    }

    private static List<String> rename(List<String> columns, Map<String, String> renames) {
        return columns.stream().map(c -> renames.getOrDefault(c, c)).toList();
    }

    private static Map<String, String> renames(Table have, Table want) {
        Map<String, String> m = new java.util.HashMap<>();
        for (Column c : want.columns()) {
            if (c.renamedFrom() != null && have.column(c.name()).isEmpty() && have.column(c.renamedFrom()).isPresent()) {
                m.put(c.renamedFrom(), c.name());
            }
        }
        return m;
    }

    private void indexes(Table have, Table want) {
        String t = want.name();
        Map<String, Index> old = byName(have.indexes(), Index::name);
        Set<String> wanted = want.indexes().stream().map(Index::name).collect(Collectors.toSet());
        for (Index ix : want.indexes()) {
            Index o = old.get(ix.name());
            if (o == null) changes.add(new CreateIndex(schema, t, ix));
            else if (!o.sameDefinition(ix)) changes.add(new ReplaceIndex(schema, t, o, ix));
            else if (!Objects.equals(o.comment(), ix.comment())) {
                changes.add(new SetComment(ObjectRef.inTable(Kind.INDEX, schema, t, ix.name()), o.comment(), ix.comment()));
            }
        }
        have.indexes().stream().filter(ix -> !wanted.contains(ix.name()))
                .forEach(ix -> changes.add(new DropIndex(schema, t, ix)));
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, x -> x));
    }
}
