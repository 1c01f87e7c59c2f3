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
import io.schemasync.diff.Change.RenameConstraint;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.Index;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Table;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The changes inside one table: columns (with declared renames), constraints by name, indexes by name. */
final class TableDiffer {
    private final String schema;
    private final List<Change> changes;

    private final Renames renames;
    private final io.schemasync.model.Schema live;
    private final SerialSequences serials;

    /** @param live the live schema, for the sequences of serial columns */
    TableDiffer(String schema, List<Change> changes, Renames renames, io.schemasync.model.Schema live,
                SerialSequences serials) {
        this.schema = schema;
        this.changes = changes;
        this.renames = renames;
        this.live = live;
        this.serials = serials;
    }

    /** @param have the live table (possibly under its old name), null when it does not exist */
    void diff(Table have, Table want) {
        if (have == null) {
            create(want);
            return;
        }
        String t = want.name();
        if (!partitioning(have, want)) return;
        int before = changes.size();
        columns(have, want);
        boolean columnsChange = changes.subList(before, changes.size()).stream()
                .anyMatch(c -> c instanceof AddColumn || c instanceof AlterColumn);
        constraints(have, want);
        indexes(have, want);
        var wantOptions = want.options();
        if (!have.options().toastTable() && !columnsChange) {
            // No TOAST table, so nothing keeps toast.* parameters (PostgreSQL ignores them): in sync while the
            // columns stay fixed-width. A plan that adds or changes columns sets them after those changes, which
            // take effect if a column made a TOAST table.
            wantOptions = wantOptions.withStorage(wantOptions.storage().toast(false));
        }
        if (!have.options().equals(wantOptions)) {
            changes.add(new Change.AlterTableOptions(schema, t, have.options(), wantOptions));
        }
        if (!Objects.equals(have.comment(), want.comment())) {
            changes.add(new SetComment(ObjectRef.of(Kind.TABLE, schema, t), have.comment(), want.comment()));
        }
    }

    /**
     * PARTITION BY, PARTITION OF and INHERITS. False when the table cannot be compared further: a change PostgreSQL
     * has no in-place form for is refused (with what to do), and nothing else of the table is planned.
     */
    private boolean partitioning(Table have, Table want) {
        var from = have.partitioning();
        var to = want.partitioning();
        if (from.equals(to)) return true;
        ObjectRef ref = ObjectRef.of(Kind.TABLE, schema, want.name());
        String problem = null;
        if (!Objects.equals(from.by(), to.by())) {
            problem = from.by() == null ? "PostgreSQL cannot partition an existing table in place"
                    : to.by() == null ? "PostgreSQL cannot turn a partitioned table into a plain one in place"
                    // Reached where Repartitions does not make it again: the plan renames the table too, or it
                    // becomes (or stops being) a partition.
                    : "PostgreSQL cannot change how a table is partitioned (" + from.by() + " → " + to.by() + ") in place";
            problem += ": create the new table under another name, copy the rows (INSERT INTO ... SELECT), then"
                    + " rename both in one transaction (renamed_from); an empty table can be dropped (drop:) and"
                    + " created again";
        } else if (from.isPartition() != to.isPartition()) {
            problem = from.isPartition() ? "the table is a partition of " + from.parentSchemaOr(schema) + "." + from.parent() + " in the database:"
                    + " detach it by hand (ALTER TABLE ... DETACH PARTITION), then list its columns"
                    : "an existing table does not become a partition here: attach it by hand (ALTER TABLE "
                    + to.parentSchemaOr(schema) + "." + to.parent() + " ATTACH PARTITION ...) or drop it and let schemasync create it";
        } else if (!to.inherits().containsAll(from.inherits())) {
            problem = "NO INHERIT leaves the inherited columns in the table as its own: run ALTER TABLE ... NO"
                    + " INHERIT by hand and list those columns in the YAML";
        }
        if (problem != null) {
            changes.add(new Change.Unsupported(ref, "partitioning", problem));
            return false;
        }
        changes.add(new Change.AlterPartitioning(schema, want.name(), from, to));
        return true;
    }

    private void create(Table want) {
        changes.add(new CreateTable(schema, want));
        want.foreignKeys().forEach(fk -> changes.add(new AddConstraint(schema, want.name(), fk)));
        want.indexes().forEach(ix -> changes.add(new CreateIndex(schema, want.name(), ix)));
        // REPLICA IDENTITY USING INDEX names an index that only exists once the table's indexes are made.
        var identity = want.options().replicaIdentity();
        if (!identity.equals(io.schemasync.model.ReplicaIdentity.DEFAULT)) {
            changes.add(new Change.AlterTableOptions(schema, want.name(), want.options().withReplicaIdentity(
                    io.schemasync.model.ReplicaIdentity.DEFAULT), want.options()));
        }
    }

    private void columns(Table have, Table want) {
        String t = want.name();
        Set<String> matched = new HashSet<>();
        // A live column renamed away is not the wanted column that takes its old name: that one is new.
        Map<String, String> renamed = Renames.columnRenames(have, want);
        for (Column c : want.columns()) {
            Column old = Renames.liveColumn(have, renamed, c).orElse(null);
            if (old != null && !old.name().equals(c.name())) changes.add(new RenameColumn(schema, t, old.name(), c.name()));
            if (old == null) {
                changes.add(new AddColumn(schema, t, c));
                continue;
            }
            matched.add(old.name());
            old = serial(have, t, renames.column(schema, t, old), c);
            Set<ColumnAspect> aspects = aspects(old, c);
            if (!aspects.isEmpty()) changes.add(new AlterColumn(schema, t, old, c, aspects));
        }
        have.columns().stream().filter(c -> !matched.contains(c.name()))
                .forEach(c -> changes.add(new DropColumn(schema, t, c)));
    }

    /**
     * A serial's sequence is named after its table and column: renamed along with either, and taken back from an
     * earlier rename that left it behind (the column then reads as an integer with a nextval() default).
     */
    private Column serial(Table have, String table, Column old, Column want) {
        var strayed = SerialSequences.strayed(live, have, old, want);
        if (strayed.isPresent()) {
            return renamed(table, old.withType(want.type()).withDefault(null)
                    .withSequence(new Column.SerialSequence(strayed.get().name(), strayed.get().type())), want);
        }
        if (old.isSerial() && want.isSerial() && old.sequence() != null
                && (!have.name().equals(table) || !old.name().equals(want.name()))) {
            return renamed(table, old, want);
        }
        return old;
    }

    /** The live column with its sequence under the name the plan gives it (later steps use that name). */
    private Column renamed(String table, Column old, Column want) {
        var rename = serials.rename(schema, table, old.sequence().name(), want);
        rename.ifPresent(changes::add);
        return rename.map(r -> old.withSequence(new Column.SerialSequence(r.to(), old.sequence().type()))).orElse(old);
    }

    static Set<ColumnAspect> aspects(Column have, Column want) {
        Set<ColumnAspect> a = EnumSet.noneOf(ColumnAspect.class);
        if (!have.type().equals(want.type())) a.add(ColumnAspect.TYPE);
        if (have.nullable() != want.nullable()) a.add(ColumnAspect.NULLABLE);
        if (!sameDefault(have, want)) a.add(ColumnAspect.DEFAULT);
        if (have.identity() != want.identity()) a.add(ColumnAspect.IDENTITY);
        // Stored and virtual are the same expression kept differently: no ALTER turns one into the other.
        if (!Objects.equals(have.generated(), want.generated())
                || have.options().virtual() != want.options().virtual()) a.add(ColumnAspect.GENERATED);
        if (!Objects.equals(have.collation(), want.collation())) a.add(ColumnAspect.COLLATION);
        if (!Objects.equals(have.comment(), want.comment())) a.add(ColumnAspect.COMMENT);
        if (!Objects.equals(have.options().compression(), want.options().compression())) a.add(ColumnAspect.COMPRESSION);
        if (!Objects.equals(have.options().statistics(), want.options().statistics())) a.add(ColumnAspect.STATISTICS);
        if (want.identity() != null && !Objects.equals(have.options().identity(), want.options().identity())) {
            a.add(ColumnAspect.IDENTITY_OPTIONS);
        }
        if (have.isSerial() && want.isSerial() && have.sequence() != null
                && narrower(have.sequence().type(), want.storedType())) {
            a.add(ColumnAspect.SEQUENCE);
        }
        return a;
    }

    /**
     * Constraints by name. A live constraint that is not wanted under its name but has exactly the definition of
     * a wanted one that does not exist yet was only renamed (say, person_pkey after the table became customer):
     * RENAME CONSTRAINT, never a drop and an add.
     */
    private static final java.util.regex.Pattern STRING_DEFAULT = java.util.regex.Pattern.compile(
            "'((?:[^']|'')*)'::(text|character varying(\\(\\d+\\))?|character(\\(\\d+\\))?|bpchar|name)");

    /**
     * The same string literal cast to another string type ({@code ''::character varying} on a text column, as
     * Rails and GoTrue schemas have it) stores the same value: not a change.
     */
    static boolean sameDefault(Column have, Column want) {
        if (Objects.equals(have.defaultExpr(), want.defaultExpr())) return true;
        if (have.defaultExpr() == null || want.defaultExpr() == null) return false;
        var a = STRING_DEFAULT.matcher(have.defaultExpr());
        var b = STRING_DEFAULT.matcher(want.defaultExpr());
        return a.matches() && b.matches() && a.group(1).equals(b.group(1))
                && STRING_TYPES.matcher(want.type()).matches();
    }

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    /** A sequence of {@code sequenceType} cannot count as far as a column of {@code columnType} holds. */
    private static boolean narrower(String sequenceType, String columnType) {
        return INTEGERS.indexOf(sequenceType) < INTEGERS.indexOf(columnType);
    }

    private static final java.util.regex.Pattern STRING_TYPES =
            java.util.regex.Pattern.compile("text|character varying(\\(\\d+\\))?|character(\\(\\d+\\))?|citext");

    private void constraints(Table have, Table want) {
        String t = want.name();
        Map<String, Constraint> old = new LinkedHashMap<>();
        have.constraints().forEach(c -> old.put(c.name(), renames.constraint(schema, t, c)));
        Set<String> wanted = want.constraints().stream().map(Constraint::name).collect(Collectors.toSet());
        Set<String> renamedAway = new HashSet<>();
        for (Constraint c : want.constraints()) {
            Constraint o = old.get(c.name());
            if (o == null) {
                Constraint same = old.values().stream().filter(x -> !wanted.contains(x.name())
                        && !renamedAway.contains(x.name()) && Renames.named(x, c.name()).equals(c)).findFirst().orElse(null);
                if (same != null) {
                    renamedAway.add(same.name());
                    changes.add(new RenameConstraint(schema, t, same.name(), c.name()));
                } else {
                    changes.add(new AddConstraint(schema, t, c));
                }
            } else if (!o.validated() && o.withValidated(true).equals(c)) {
                changes.add(new Change.ValidateConstraint(schema, t, c, true));
            } else if (!c.validated() && o.withValidated(false).equals(c)) {
                // not_valid: true asks only that the rows already there need not pass; a valid constraint does more.
                continue;
            } else if (!o.equals(c)) {
                changes.add(new ReplaceConstraint(schema, t, o, c));
            }
        }
        have.constraints().stream().filter(c -> !wanted.contains(c.name()) && !renamedAway.contains(c.name()))
                .forEach(c -> changes.add(new DropConstraint(schema, t, c)));
    }

    private void indexes(Table have, Table want) {
        String t = want.name();
        indexes(schema, t, have.indexes(), want.indexes(), ix -> renames.index(schema, t, ix), changes);
    }

    /**
     * Indexes of one relation by name (a table's, or a materialized view's): a live index that is not wanted under
     * its name but has exactly the definition of a wanted one that does not exist yet was only renamed.
     *
     * @param live the live index as the plan sees it when its turn comes (its columns renamed by the plan)
     */
    static void indexes(String schema, String t, List<Index> have, List<Index> want, UnaryOperator<Index> live,
                        List<Change> changes) {
        Map<String, Index> old = new LinkedHashMap<>();
        have.forEach(ix -> old.put(ix.name(), live.apply(ix)));
        Set<String> wanted = want.stream().map(Index::name).collect(Collectors.toSet());
        Set<String> renamedAway = new HashSet<>();
        for (Index ix : want) {
            Index o = old.get(ix.name());
            if (o == null) {
                o = old.values().stream().filter(x -> !wanted.contains(x.name()) && !renamedAway.contains(x.name())
                        && sameButName(x, ix)).findFirst().orElse(null);
                if (o == null) {
                    changes.add(new CreateIndex(schema, t, ix));
                    continue;
                }
                renamedAway.add(o.name());
                changes.add(new Change.RenameIndex(schema, t, o.name(), ix.name()));
            }
            if (!sameButName(o, ix)) {
                changes.add(new ReplaceIndex(schema, t, o, ix));
                continue;
            }
            if (!o.storage().equals(ix.storage())) changes.add(new Change.AlterIndexStorage(schema, t, o, ix));
            if (!Objects.equals(o.comment(), ix.comment())) {
                changes.add(new SetComment(ObjectRef.inTable(Kind.INDEX, schema, t, ix.name()), o.comment(), ix.comment()));
            }
        }
        have.stream().filter(ix -> !wanted.contains(ix.name()) && !renamedAway.contains(ix.name()))
                .forEach(ix -> changes.add(new DropIndex(schema, t, ix)));
    }

    private static boolean sameButName(Index a, Index b) {
        return new Index(b.name(), a.unique(), a.method(), a.keys(), a.include(), a.where(), a.nullsNotDistinct(), null)
                .sameDefinition(b);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, x -> x));
    }
}
