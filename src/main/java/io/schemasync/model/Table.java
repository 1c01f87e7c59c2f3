package io.schemasync.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table. Columns keep their order of creation (attnum order); constraints and indexes are sorted by name.
 *
 * @param primaryKey  null when the table has none
 * @param renamedFrom desired side only: the table's previous name, for an explicit rename; never compared
 * @param options     UNLOGGED, storage parameters, replica identity
 * @param partitioning PARTITION BY, PARTITION OF ... FOR VALUES, INHERITS. A partition's columns, and the
 *                     constraints, indexes and columns a table inherits, are its parent's: not listed here
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes,
                    String comment, String renamedFrom, TableOptions options, List<ExclusionConstraint> exclusions,
                    Partitioning partitioning) {
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes,
                 String comment, String renamedFrom, TableOptions options, List<ExclusionConstraint> exclusions) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, renamedFrom, options,
                exclusions, Partitioning.NONE);
    }

    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes,
                 String comment, String renamedFrom) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, renamedFrom, TableOptions.NONE,
                List.of());
    }

    public Table {
        options = options == null ? TableOptions.NONE : options;
        partitioning = partitioning == null ? Partitioning.NONE : partitioning;
        exclusions = Lists.sorted(exclusions, Comparator.comparing(ExclusionConstraint::name));
        Lists.requireName(name, "table");
        columns = Lists.copy(columns);
        uniques = Lists.sorted(uniques, Comparator.comparing(UniqueConstraint::name));
        checks = Lists.sorted(checks, Comparator.comparing(CheckConstraint::name));
        foreignKeys = Lists.sorted(foreignKeys, Comparator.comparing(ForeignKey::name));
        indexes = Lists.sorted(indexes, Comparator.comparing(Index::name));
        Lists.requireUniqueNames(columns, Column::name, "column");
        Lists.requireUniqueNames(indexes, Index::name, "index");
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Every constraint of the table: primary key first, then unique, check and foreign keys. */
    public List<Constraint> constraints() {
        var all = new java.util.ArrayList<Constraint>();
        if (primaryKey != null) all.add(primaryKey);
        all.addAll(uniques);
        all.addAll(checks);
        all.addAll(foreignKeys);
        all.addAll(exclusions);
        return List.copyOf(all);
    }

    /**
     * The same table with every piece of SQL text (defaults, generated columns, checks, index expressions and
     * predicates) passed through {@code text}, and every column type through {@code type}; null stays null.
     */
    public Table mapSql(java.util.function.UnaryOperator<String> type, java.util.function.UnaryOperator<String> text) {
        java.util.function.UnaryOperator<String> t = s -> s == null ? null : text.apply(s);
        List<Column> cols = columns.stream().map(c -> new Column(c.name(), type.apply(c.type()), c.nullable(),
                t.apply(c.defaultExpr()), c.identity(), t.apply(c.generated()), c.collation(), c.comment(),
                c.renamedFrom(), c.sequence(), c.options())).toList();
        List<CheckConstraint> cks = checks.stream().map(ck -> new CheckConstraint(ck.name(), t.apply(ck.expression()), ck.validated()))
                .toList();
        List<Index> ixs = indexes.stream().map(ix -> new Index(ix.name(), ix.unique(), ix.method(),
                ix.keys().stream().map(k -> k.column() ? k : new IndexKey(t.apply(k.expression()), false, k.collation(),
                        k.opclass(), k.descending(), k.nullsFirst())).toList(),
                ix.include(), t.apply(ix.where()), ix.nullsNotDistinct(), ix.comment(), ix.storage())).toList();
        List<ExclusionConstraint> xs = exclusions.stream().map(x -> x.withIndex(mapIndex(x.index(), t))).toList();
        return new Table(name, cols, primaryKey, uniques, cks, foreignKeys, ixs, comment, renamedFrom, options, xs,
                partitioning);
    }

    private static Index mapIndex(Index ix, java.util.function.UnaryOperator<String> t) {
        return new Index(ix.name(), ix.unique(), ix.method(), ix.keys().stream().map(k -> k.column() ? k
                : new IndexKey(t.apply(k.expression()), false, k.collation(), k.opclass(), k.descending(),
                        k.nullsFirst())).toList(), ix.include(), t.apply(ix.where()), ix.nullsNotDistinct(),
                ix.comment(), ix.storage());
    }

    public Table withForeignKeys(List<ForeignKey> fks) {
        return new Table(name, columns, primaryKey, uniques, checks, fks, indexes, comment, renamedFrom, options,
                exclusions, partitioning);
    }

    public Table withRenamedFrom(String previous) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, previous, options,
                exclusions, partitioning);
    }

    public Table withOptions(TableOptions o) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, renamedFrom, o,
                exclusions, partitioning);
    }

    public Table withExclusions(List<ExclusionConstraint> xs) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, renamedFrom,
                options, xs, partitioning);
    }

    public Table withPartitioning(Partitioning p) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, renamedFrom,
                options, exclusions, p);
    }
}
