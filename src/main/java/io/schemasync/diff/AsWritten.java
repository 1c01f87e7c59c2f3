package io.schemasync.diff;

import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.CreateTable;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diff compares the server's canonical text; the SQL runs the expressions as the YAML wrote them. The
 * server stores what it deparses from the text it is given, and deparsed text run again is not always printed the
 * same way ({@code IN (...)} on a varchar column): running the YAML's own text leaves exactly what a database
 * built from that YAML by hand has, which plans empty without a second round.
 */
public final class AsWritten {
    private AsWritten() {}

    /** @param written the desired schema as loaded (expressions as written; types are kept canonical) */
    public static Change.Result apply(Change.Result diff, Database written) {
        List<Change> out = new ArrayList<>();
        for (Change c : diff.changes()) out.add(change(c, written));
        return new Change.Result(out, diff.inSync(), diff.unmanaged());
    }

    private static Change change(Change c, Database w) {
        return switch (c) {
            case CreateTable ct -> new CreateTable(ct.schema(), table(ct.table(), w.table(ct.schema(), ct.table().name())));
            case AddColumn ac -> new AddColumn(ac.schema(), ac.table(), column(ac.column(), written(w, ac.schema(), ac.table())));
            case AlterColumn ac -> new AlterColumn(ac.schema(), ac.table(), ac.from(),
                    column(ac.to(), written(w, ac.schema(), ac.table())), ac.aspects());
            case AddConstraint ac -> new AddConstraint(ac.schema(), ac.table(),
                    constraint(ac.constraint(), written(w, ac.schema(), ac.table())));
            case ReplaceConstraint rc -> new ReplaceConstraint(rc.schema(), rc.table(), rc.from(),
                    constraint(rc.to(), written(w, rc.schema(), rc.table())));
            case CreateIndex ci -> new CreateIndex(ci.schema(), ci.table(), index(ci.index(), written(w, ci.schema(), ci.table())));
            case ReplaceIndex ri -> new ReplaceIndex(ri.schema(), ri.table(), ri.from(),
                    index(ri.to(), written(w, ri.schema(), ri.table())));
            // No text from the YAML in these, or none that is sent as written.
            case Change.CreateSchema x -> c;
            case Change.CreateExtension x -> c;
            case Change.CreateEnum x -> c;
            case Change.AddEnumValue x -> c;
            case Change.RenameEnum x -> c;
            case Change.RenameEnumValue x -> c;
            case Change.RecreateEnum r -> new Change.RecreateEnum(r.schema(), r.from(), r.to(), r.columns().stream()
                    .map(col -> new Change.EnumColumn(col.schema(), col.table(), col.column(), col.liveTable(),
                            col.liveColumn(), col.array(), col.nullable(), col.hadDefault(), written(w, col.schema(), col.table())
                            .flatMap(t -> t.column(col.column())).map(Column::defaultExpr).orElse(col.defaultExpr())))
                    .toList(), r.released(), r.blockers());
            case Change.DropEnum x -> c;
            case Change.CreateSequence x -> c;
            case Change.AlterSequence x -> c;
            case Change.DropSequence x -> c;
            case Change.RenameTable x -> c;
            case Change.DropTable x -> c;
            case Change.RepartitionTable x -> c;
            case Change.RenameColumn x -> c;
            case Change.DropColumn x -> c;
            case Change.RenameConstraint x -> c;
            case Change.RenameIndex x -> c;
            case Change.RenameSequence x -> c;
            case Change.DropConstraint x -> c;
            case Change.DropIndex x -> c;
            case Change.DetachForeignKey x -> c;
            case Change.ReattachForeignKey x -> c;
            case Change.DetachDependent x -> c;
            case Change.ReattachDependent x -> c;
            case Change.CreateObject x -> c;
            case Change.AlterObject x -> c;
            case Change.DropObject x -> c;
            case Change.SetComment x -> c;
            case Change.Unsupported x -> c;
            // The online forms: no YAML text, or (a swapped index) the server's own text, which means the same.
            case Change.ValidateConstraint x -> c;
            case Change.NotNullStep x -> c;
            case Change.AddKeyUsingIndex x -> c;
            case Change.SwapIndex x -> c;
            case Change.DropTempIndex x -> c;
            case Change.UpdateExtension x -> c;
            case Change.AlterTableOptions x -> c;
            case Change.AlterIndexStorage x -> c;
            case Change.SetOwner x -> c;
            case Change.GrantPrivileges x -> c;
            case Change.RevokePrivileges x -> c;
            case Change.SetRowSecurity x -> c;
            case Change.SetDefaultPrivileges x -> c;
            case Change.AlterPartitioning x -> c;
        };
    }

    private static Optional<Table> written(Database w, String schema, String table) {
        return w.table(schema, table);
    }

    private static Table table(Table t, Optional<Table> w) {
        if (w.isEmpty()) return t;
        return new Table(t.name(), t.columns().stream().map(c -> column(c, w)).toList(), t.primaryKey(), t.uniques(),
                t.checks().stream().map(ck -> (CheckConstraint) constraint(ck, w)).toList(), t.foreignKeys(),
                t.indexes().stream().map(ix -> index(ix, w)).toList(), t.comment(), t.renamedFrom(), t.options(), t.exclusions(),
                t.partitioning());
    }

    private static Column column(Column c, Optional<Table> w) {
        return w.flatMap(t -> t.column(c.name()))
                .map(raw -> new Column(c.name(), c.type(), c.nullable(), c.defaultExpr() == null ? null : raw.defaultExpr(),
                        c.identity(), c.generated() == null ? null : raw.generated(), c.collation(), c.comment(),
                        c.renamedFrom(), null, c.options()))
                .filter(x -> (x.defaultExpr() == null) == (c.defaultExpr() == null)
                        && (x.generated() == null) == (c.generated() == null))
                .orElse(c);
    }

    private static Constraint constraint(Constraint c, Optional<Table> w) {
        if (!(c instanceof CheckConstraint ck)) return c;
        return w.flatMap(t -> t.checks().stream().filter(x -> x.name().equals(ck.name())).findFirst())
                .<Constraint>map(raw -> new CheckConstraint(ck.name(), raw.expression(), ck.validated())).orElse(c);
    }

    private static Index index(Index ix, Optional<Table> w) {
        Optional<Index> raw = w.flatMap(t -> t.indexes().stream().filter(x -> x.name().equals(ix.name())).findFirst());
        if (raw.isEmpty() || raw.get().keys().size() != ix.keys().size()) return ix;
        List<IndexKey> keys = new ArrayList<>();
        for (int i = 0; i < ix.keys().size(); i++) {
            IndexKey k = ix.keys().get(i), r = raw.get().keys().get(i);
            keys.add(k.column() || r.column() ? k : new IndexKey(r.expression(), false, k.collation(), k.opclass(),
                    k.descending(), k.nullsFirst()));
        }
        return new Index(ix.name(), ix.unique(), ix.method(), keys, ix.include(),
                ix.where() == null ? null : raw.get().where(), ix.nullsNotDistinct(), ix.comment(), ix.storage());
    }
}
