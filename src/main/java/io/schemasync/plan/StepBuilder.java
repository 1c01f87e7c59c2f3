package io.schemasync.plan;

import io.schemasync.sql.Sql;
import io.schemasync.sql.Guard;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AddEnumValue;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.AlterSequence;
import io.schemasync.diff.Change.CreateEnum;
import io.schemasync.diff.Change.CreateExtension;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.CreateSchema;
import io.schemasync.diff.Change.CreateSequence;
import io.schemasync.diff.Change.CreateTable;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.DropEnum;
import io.schemasync.diff.Change.DropIndex;
import io.schemasync.diff.Change.DropSequence;
import io.schemasync.diff.Change.DropTable;
import io.schemasync.diff.Change.RenameColumn;
import io.schemasync.diff.Change.RenameTable;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.diff.Change.Unsupported;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.plan.Hazard.Kind;
import io.schemasync.plan.Step.Action;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/** One generator per change kind: the SQL of each step, its replayable form, hazards and preflight checks. */
final class StepBuilder {
    private final Tables tables;
    private final Map<String, List<String>> changedEnums;
    private final Set<String> keysInTransaction;
    private final NewTypes newTypes;
    private final ViewUses viewUses;
    private io.schemasync.model.Database live = io.schemasync.model.Database.empty();
    private List<Change> changes = List.of();
    private GeneratedColumns generated = GeneratedColumns.none();
    /** Tables whose new keys take over from a key the transaction replaces ({@link KeyGaps#tables}). */
    private java.util.Set<String> keyGaps = java.util.Set.of();

    /**
     * @param changedEnums      enum types this plan creates (with their labels) or extends (null labels), by name
     * @param keysInTransaction tables ("schema.table") whose keys are made in the transaction: a foreign key of this
     *                          plan is dropped and added again there, around them
     * @param newTypes          types of the registry's kinds (domains) that this plan creates
     * @param viewUses          the preflight for steps that drop what views may read
     */
    StepBuilder(Tables tables, Map<String, List<String>> changedEnums, Set<String> keysInTransaction,
                NewTypes newTypes, ViewUses viewUses) {
        this.tables = tables;
        this.changedEnums = changedEnums;
        this.keysInTransaction = keysInTransaction;
        this.newTypes = newTypes;
        this.viewUses = viewUses;
    }

    /** The live database, for the checks that ask about live partitions. */
    /**
     * Whether the plan sets both the owner and the grants of {@code target} (the YAML manages both): then an object
     * created again does not end up owned by whoever applies, with no grants.
     */
    private boolean accessSetAgain(ObjectRef target) {
        return changes.stream().map(c -> switch (c) {
            case Change.SetOwner o -> o.on();
            case Change.GrantPrivileges g -> g.on();
            case Change.RevokePrivileges r -> r.on();
            default -> null;
        }).anyMatch(on -> on != null && on.target().equals(target) && on.owner() != null && on.grants() != null);
    }

    /**
     * The views and materialized views the plan drops (live names), for good or for a moment around a change: gone
     * before what they stand in the way of.
     */
    private List<ObjectRef> droppedRelations() {
        return changes.stream().filter(c -> c instanceof Change.DropObject d
                && io.schemasync.kinds.Kinds.of(d.object()).isRelation() || c instanceof Change.DetachDependent x
                && io.schemasync.kinds.Kinds.of(x.object()).isRelation()).map(Change::target).toList();
    }

    StepBuilder live(io.schemasync.model.Database db, List<Change> changes) {
        this.live = db;
        this.changes = changes;
        this.keyGaps = KeyGaps.tables(changes);
        return this;
    }

    /** The generated columns the plan drops and adds again (see {@link GeneratedColumns}). */
    StepBuilder generated(GeneratedColumns g) {
        this.generated = g;
        return this;
    }

    Draft draft(Change change) {
        return switch (change) {
            case CreateSchema c -> createSchema(c);
            case CreateExtension c -> new Draft(c, Action.CREATE, "create").sql("CREATE EXTENSION IF NOT EXISTS "
                    + quote(c.extension().name()) + " WITH SCHEMA " + quote(c.schema())
                    + (c.extension().version() == null ? "" : " VERSION " + literal(c.extension().version())));
            case CreateEnum c -> createEnum(c);
            case AddEnumValue c -> addEnumValue(c);
            case Change.RenameEnum c -> renameEnum(c);
            case Change.RenameEnumValue c -> renameEnumValue(c);
            case Change.RecreateEnum c -> EnumSteps.recreate(c, tables, droppedRelations());
            case DropEnum c -> destructive(new Draft(c, Action.DROP, "drop"), "drops the type")
                    .sql("DROP TYPE " + qualified(c.schema(), c.type().name()),
                            "DROP TYPE IF EXISTS " + qualified(c.schema(), c.type().name()));
            case CreateSequence c -> createSequence(c);
            case AlterSequence c -> alterSequence(c);
            case DropSequence c -> destructive(new Draft(c, Action.DROP, "drop"), "drops the sequence and its current value")
                    .sql("DROP SEQUENCE " + qualified(c.schema(), c.sequence().name()),
                            "DROP SEQUENCE IF EXISTS " + qualified(c.schema(), c.sequence().name()));
            case CreateTable c -> createTable(c);
            case RenameTable c -> renameTable(c);
            case DropTable c -> dropTable(c);
            case AddColumn c -> ColumnSteps.add(c, isNew(c.schema(), c.table()), newTypes, tables);
            case RenameColumn c -> renameColumn(c);
            case Change.RenameSequence c -> renameSequence(c);
            case Change.RenameConstraint c -> renameConstraint(c);
            case Change.RenameIndex c -> renameIndex(c);
            case AlterColumn c -> referencedBy(ColumnSteps.alter(c, changedEnums, newTypes, viewUses, tables, generated),
                    c);
            case DropColumn c -> dropColumn(c);
            case AddConstraint c -> keyGap(ConstraintSteps.add(c, tables), c.schema(), c.table(),
                    !(c.constraint() instanceof io.schemasync.model.CheckConstraint
                            || c.constraint() instanceof io.schemasync.model.ForeignKey));
            case ReplaceConstraint c -> ConstraintSteps.replace(c, tables);
            case DropConstraint c -> ConstraintSteps.drop(c);
            case CreateIndex c -> createIndex(c);
            case ReplaceIndex c -> replaceIndex(c);
            case DropIndex c -> destructive(new Draft(c, Action.DROP, "drop"), "drops the index")
                    .sql("DROP INDEX " + qualified(c.schema(), c.index().name()),
                            "DROP INDEX IF EXISTS " + qualified(c.schema(), c.index().name()));
            case Change.DetachForeignKey c -> ConstraintSteps.detach(c, typeChange(c.because()),
                    changes.stream().filter(x -> x instanceof Change.RepartitionTable && x.target().equals(c.because()))
                            .map(x -> (Change.RepartitionTable) x).findFirst().orElse(null));
            case Change.ReattachForeignKey c -> ConstraintSteps.reattach(c, tables);
            case Change.DetachDependent c -> KindSteps.detach(c, tables.capabilities());
            case Change.ReattachDependent c -> KindSteps.reattach(c, tables.capabilities(), accessSetAgain(c.target()));
            case Change.ValidateConstraint c -> OnlineSteps.validate(c, tables);
            case Change.NotNullStep c -> OnlineSteps.notNull(c, tables);
            case Change.AddKeyUsingIndex c -> OnlineSteps.keyUsingIndex(c, tables);
            case Change.SwapIndex c -> OnlineSteps.swapIndex(c, tables);
            case Change.DropTempIndex c -> OnlineSteps.dropTempIndex(c);
            case Change.UpdateExtension c -> TableOptionSteps.updateExtension(c);
            case Change.AlterTableOptions c -> TableOptionSteps.alter(c, tables);
            case Change.AlterIndexStorage c -> TableOptionSteps.indexStorage(c);
            case Change.AlterPartitioning c -> PartitionSteps.alter(c, live);
            case Change.RepartitionTable c -> PartitionSteps.repartition(c);
            case Change.CreateObject c -> KindSteps.create(c, tables.capabilities());
            case Change.AlterObject c -> alterObject(c);
            case Change.DropObject c -> dropObject(c);
            case SetComment c -> setComment(c);
            case Change.SetOwner c -> AccessSteps.owner(c);
            case Change.GrantPrivileges c -> AccessSteps.grant(c);
            case Change.RevokePrivileges c -> AccessSteps.revoke(c);
            case Change.SetRowSecurity c -> AccessSteps.rowSecurity(c, tables);
            case Change.SetDefaultPrivileges c -> AccessSteps.defaults(c);
            case Unsupported c -> new Draft(c, Action.ALTER, c.what()).hazard(Kind.UNSUPPORTED, c.reason());
        };
    }

    private boolean isNew(String schema, String table) {
        return tables.isNew(schema, table);
    }

    static Draft destructive(Draft d, String why) {
        return d.hazard(Kind.DESTRUCTIVE, why);
    }

    /**
     * A new type of a column that foreign keys reference changes the operator they compare with: PostgreSQL checks
     * each of them again in the same ALTER TABLE, reading the referencing table under SHARE ROW EXCLUSIVE (its writes
     * wait) while this one is locked (Mastodon's accounts.id, referenced by statuses, follows and favourites). Those
     * on tables with rows are dropped around a widening and validated after the commit ({@link
     * Rebuilds#aroundTypeChanges}); the rest are named here.
     */
    private Draft referencedBy(Draft d, AlterColumn c) {
        if (!Rebuilds.rechecks(c)) return d;
        List<String> fks = Rebuilds.recheckedForeignKeys(changes, live, Rebuilds::rechecks).stream()
                .filter(r -> r.referenced() && r.cause().equals(c)
                        && !changedInPlan(r.schema(), r.planTable(), r.fk().name()))
                .map(r -> r.fk().name() + " of " + r.schema() + "." + r.planTable()).toList();
        if (fks.isEmpty()) return d;
        return d.hazard(Kind.LOCKS_TABLE, "PostgreSQL checks again the foreign keys that reference it (" + String.join(", ",
                fks.stream().sorted().toList()) + "): it reads each of those tables while their writes wait");
    }

    /** The change of the column a foreign key is dropped around, if that is what it is dropped for. */
    private AlterColumn typeChange(ObjectRef because) {
        return changes.stream().filter(x -> x instanceof AlterColumn && x.target().equals(because))
                .map(x -> (AlterColumn) x).findFirst().orElse(null);
    }

    /** A foreign key the plan drops, replaces or drops for a moment is not checked again by a type change. */
    private boolean changedInPlan(String schema, String table, String fk) {
        return changes.stream().anyMatch(x -> x.target().equals(ObjectRef.inTable(ObjectRef.Kind.CONSTRAINT, schema,
                table, fk)) && !(x instanceof AlterColumn));
    }

    /** Why a key is built in the transaction (a note of its own, or said in parentheses after another text). */
    private static final String KEY_GAP_NOTE = "built in the transaction: it takes over from a key the transaction"
            + " replaces, so the rows are never without the guarantee";
    private static final String KEY_GAP = " (" + KEY_GAP_NOTE + ")";

    /** A key made in the transaction because it takes over from one the transaction replaces says so. */
    private Draft keyGap(Draft d, String schema, String table, boolean key) {
        if (key && keyGaps.contains(schema + "." + table) && tables.hasRows(schema, table)) {
            d.hazard(Kind.NOTE, KEY_GAP_NOTE);
        }
        return d;
    }

    static String alterTable(String schema, String table) {
        return "ALTER TABLE " + qualified(schema, table);
    }

    private static Draft createSchema(CreateSchema c) {
        Draft d = new Draft(c, Action.CREATE, "create")
                .sql("CREATE SCHEMA " + quote(c.schema()), "CREATE SCHEMA IF NOT EXISTS " + quote(c.schema()));
        if (c.comment() != null) d.sql(Ddl.comment("SCHEMA", quote(c.schema()), c.comment()));
        return d;
    }

    private static Draft createEnum(CreateEnum c) {
        String sql = Ddl.createEnum(c.schema(), c.type());
        Draft d = new Draft(c, Action.CREATE, "create enum (" + String.join(", ", c.type().values()) + ")")
                .sql(sql, Guard.doIf("NOT " + Guard.typeExists(c.schema(), c.type().name()), sql));
        if (c.type().comment() != null) {
            d.sql(Ddl.comment("TYPE", qualified(c.schema(), c.type().name()), c.type().comment()));
        }
        return d;
    }

    private static Draft renameEnum(Change.RenameEnum c) {
        String sql = "ALTER TYPE " + qualified(c.schema(), c.from()) + " RENAME TO " + quote(c.to());
        return new Draft(c, Action.ALTER, "rename from " + c.from()).sql(sql, Guard.doIf(Guard.typeExists(c.schema(),
                c.from()) + " AND NOT " + Guard.typeExists(c.schema(), c.to()), sql));
    }

    private static Draft renameEnumValue(Change.RenameEnumValue c) {
        String type = qualified(c.schema(), c.type());
        String sql = "ALTER TYPE " + type + " RENAME VALUE " + literal(c.from()) + " TO " + literal(c.to());
        return new Draft(c, Action.ALTER, "rename value " + literal(c.from()) + " to " + literal(c.to())).sql(sql,
                Guard.doIf("EXISTS (SELECT 1 FROM pg_catalog.pg_enum e WHERE e.enumtypid = pg_catalog.to_regtype("
                        + literal(type) + ") AND e.enumlabel = " + literal(c.from()) + ")", sql));
    }

    /**
     * ADD VALUE runs inside the transaction (PostgreSQL 12+), but the new label cannot be used before commit:
     * a default or check in the same plan that names it fails with "unsafe use of new value".
     */
    private static Draft addEnumValue(AddEnumValue c) {
        String position = c.before() != null ? " BEFORE " + literal(c.before())
                : c.after() != null ? " AFTER " + literal(c.after()) : "";
        String type = "ALTER TYPE " + qualified(c.schema(), c.type());
        String summary = "add value " + literal(c.value()) + (c.before() != null ? " before " + literal(c.before())
                : c.after() != null ? " after " + literal(c.after()) : "");
        return new Draft(c, Action.ALTER, summary)
                .sql(type + " ADD VALUE " + literal(c.value()) + position,
                        type + " ADD VALUE IF NOT EXISTS " + literal(c.value()) + position);
    }

    private static Draft createSequence(CreateSequence c) {
        Sequence s = c.sequence();
        String name = qualified(c.schema(), s.name());
        Draft d = new Draft(c, Action.CREATE, "create (start " + s.start() + ")")
                .sql("CREATE SEQUENCE " + name + Ddl.sequenceOptions(s),
                        "CREATE SEQUENCE IF NOT EXISTS " + name + Ddl.sequenceOptions(s));
        if (s.comment() != null) d.sql(Ddl.comment("SEQUENCE", name, s.comment()));
        return d;
    }

    private static Draft alterSequence(AlterSequence c) {
        Sequence from = c.from(), to = c.to();
        String name = qualified(c.schema(), to.name());
        boolean optionsChanged = !from.withOwnedBy(null).withComment(null).equals(to.withOwnedBy(null).withComment(null));
        boolean ownerChanged = !java.util.Objects.equals(from.ownedBy(), to.ownedBy());
        String summary = optionsChanged ? "alter options" + (ownerChanged ? ", owned by " + to.ownedBy() : "")
                : "owned by " + (to.ownedBy() == null ? "none" : to.ownedBy());
        Draft d = new Draft(c, Action.ALTER, summary);
        if (optionsChanged) d.sql("ALTER SEQUENCE " + name + Ddl.sequenceOptions(to));
        if (ownerChanged) d.sql("ALTER SEQUENCE " + name + " OWNED BY " + Ddl.ownedBy(c.schema(), to));
        return d;
    }

    private Draft createTable(CreateTable c) {
        Table t = c.table();
        String name = qualified(c.schema(), t.name());
        var p = t.partitioning();
        String summary = p.isPartition() ? "create partition of " + (p.parentSchema() == null ? "" : p.parentSchema() + ".")
                + p.parent() + " " + p.bound()
                + (p.isPartitioned() ? ", partitioned by " + p.by() : "")
                : "create (" + t.columns().size() + (t.columns().size() == 1 ? " column)" : " columns)")
                + (p.isPartitioned() ? ", partitioned by " + p.by() : "")
                + (p.inherits().isEmpty() ? "" : ", inherits " + String.join(", ", p.inherits()));
        Draft d = new Draft(c, Action.CREATE, summary)
                .sql(Ddl.createTable(c.schema(), t, false), Ddl.createTable(c.schema(), t, true));
        for (var u : Ddl.uniquesAddedAfterCreate(t)) ConstraintSteps.addStatements(d, c.schema(), t.name(), u);
        // A partition of a table the plan makes again (a new partition key) has no live DEFAULT partition to check.
        if (!p.isPartition() || !isNew(p.parentSchemaOr(c.schema()), p.parent())) {
            PartitionSteps.defaultCheck(d, c.schema(), t, live);
        }
        if (t.comment() != null) d.sql(Ddl.comment("TABLE", name, t.comment()));
        for (Column col : t.columns()) {
            if (col.comment() != null) d.sql(Ddl.comment("COLUMN", name + "." + quote(col.name()), col.comment()));
            if (col.options().statistics() != null) d.sql(alterTable(c.schema(), t.name()) + " ALTER COLUMN "
                    + quote(col.name()) + " SET STATISTICS " + ColumnSteps.statistics(col));
        }
        return d;
    }

    private static Draft renameTable(RenameTable c) {
        String sql = alterTable(c.schema(), c.from()) + " RENAME TO " + quote(c.to());
        return new Draft(c, Action.ALTER, "rename from " + c.from()).sql(sql, Guard.doIf(
                Guard.relation(c.schema(), c.from()) + " IS NOT NULL AND " + Guard.relation(c.schema(), c.to())
                        + " IS NULL", sql));
    }

    private Draft dropColumn(DropColumn c) {
        String column = c.column().name();
        Draft d = destructive(new Draft(c, Action.DROP, "drop"), "deletes the column's data")
                .rows(rowCount(c.schema(), c.table(), quote(column) + " IS NOT NULL"), "drops values in {n} rows")
                .sql(alterTable(c.schema(), c.table()) + " DROP COLUMN " + quote(column),
                        alterTable(c.schema(), c.table()) + " DROP COLUMN IF EXISTS " + quote(column));
        viewUses.check(d, c.schema(), c.table(), column, "column " + column + " of table " + c.schema() + "."
                + c.table(), "drop it while they exist (change them so that they no longer read it, or drop them)");
        return d;
    }

    /** A relation (a view, a materialized view) that is dropped and created again cannot be while other views read it. */
    private Draft alterObject(Change.AlterObject c) {
        Draft d = KindSteps.alter(c, tables.capabilities(), accessSetAgain(c.target()));
        ObjectKind<?> kind = Kinds.of(c.to());
        if (kind.isRelation() && kind.recreatesAny(c.from(), c.to())) {
            viewUses.check(d, c.schema(), c.to().name(), null, c.to().refKind().word() + " " + c.schema() + "."
                    + c.to().name(), kind.whileRead());
        }
        return d;
    }

    private Draft dropObject(Change.DropObject c) {
        Draft d = KindSteps.drop(c, tables.capabilities());
        if (Kinds.of(c.object()).isRelation()) {
            viewUses.check(d, c.schema(), c.object().name(), null, c.object().refKind().word() + " " + c.schema()
                    + "." + c.object().name(), "drop it while they exist (drop them in the same plan)");
        }
        return d;
    }

    /** Drops the table's own foreign keys first, so tables that reference each other drop in any order. */
    private Draft dropTable(DropTable c) {
        Draft d = destructive(new Draft(c, Action.DROP, "drop"), "deletes the table and all its rows")
                .rows(rowCount(c.schema(), c.table().name(), null), "drops {n} rows");
        viewUses.check(d, c.schema(), c.table().name(), null, "table " + c.schema() + "." + c.table().name(),
                "drop it while they exist (drop them in the same plan)");
        for (ForeignKey fk : c.table().foreignKeys()) {
            d.sql(alterTable(c.schema(), c.table().name()) + " DROP CONSTRAINT " + quote(fk.name()),
                    "ALTER TABLE IF EXISTS " + qualified(c.schema(), c.table().name()) + " DROP CONSTRAINT IF EXISTS "
                            + quote(fk.name()));
        }
        String name = qualified(c.schema(), c.table().name());
        return d.sql("DROP TABLE " + name, "DROP TABLE IF EXISTS " + name);
    }

    /**
     * The rows a drop deletes, counted up to one more than {@link Preflight#ROW_LIMIT} so that the plan says
     * "more than a million" instead of scanning all of a huge table.
     */
    private static String rowCount(String schema, String table, String where) {
        return "SELECT pg_catalog.count(*) FROM (SELECT 1 FROM " + qualified(schema, table)
                + (where == null ? "" : " WHERE " + where) + " LIMIT " + (Preflight.ROW_LIMIT + 1) + ") AS r";
    }

    private static Draft renameColumn(RenameColumn c) {
        String sql = alterTable(c.schema(), c.table()) + " RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to());
        return new Draft(c, Action.ALTER, "rename from " + c.from()).sql(sql, Guard.doIf(
                Guard.columnExists(c.schema(), c.table(), c.from()) + " AND NOT "
                        + Guard.columnExists(c.schema(), c.table(), c.to()), sql));
    }

    private static Draft renameSequence(Change.RenameSequence c) {
        String sql = "ALTER SEQUENCE " + qualified(c.schema(), c.from()) + " RENAME TO " + quote(c.to());
        return new Draft(c, Action.ALTER, "rename from " + c.from() + " (serial " + c.column() + ")").sql(sql,
                Guard.doIf(Guard.relation(c.schema(), c.from()) + " IS NOT NULL AND " + Guard.relation(c.schema(), c.to())
                        + " IS NULL", sql));
    }

    private static Draft renameConstraint(Change.RenameConstraint c) {
        String sql = alterTable(c.schema(), c.table()) + " RENAME CONSTRAINT " + quote(c.from()) + " TO " + quote(c.to());
        return new Draft(c, Action.ALTER, "rename from " + c.from()).sql(sql, Guard.doIf(
                Guard.constraintExists(c.schema(), c.table(), c.from()) + " AND NOT "
                        + Guard.constraintExists(c.schema(), c.table(), c.to()), sql));
    }

    private static Draft renameIndex(Change.RenameIndex c) {
        String sql = "ALTER INDEX " + qualified(c.schema(), c.from()) + " RENAME TO " + quote(c.to());
        return new Draft(c, Action.ALTER, "rename from " + c.from()).sql(sql, Guard.doIf(
                Guard.relation(c.schema(), c.from()) + " IS NOT NULL AND " + Guard.relation(c.schema(), c.to())
                        + " IS NULL", sql));
    }

    /**
     * An index on a table that already has rows is built CONCURRENTLY after the commit, so it never blocks writes
     * (CREATE INDEX takes a SHARE lock for the whole build). Apply drops a leftover of an interrupted build first
     * (the catalog reader does not count an INVALID index), so running apply again resumes. A unique index that a
     * foreign key of the same plan is added again around is built inside the transaction instead.
     */
    private Draft createIndex(CreateIndex c) {
        Draft d = new Draft(c, Action.CREATE, "create" + describe(c.index()));
        if (isNew(c.schema(), c.table())) {
            indexStatements(d, c.schema(), c.table(), c.index());
            return d;
        }
        if (c.index().unique()) ConstraintSteps.duplicates(d, c.schema(), c.table(), c.index(), tables);
        if (tables.partitionedWithRows(c.schema(), c.table()) && !keysInTransaction.contains(c.schema() + "." + c.table())) {
            PartitionSteps.perPartition(d, c.schema(), c.table(), c.index(), live, changes);
            return d;
        }
        if (!tables.hasRows(c.schema(), c.table())) {
            indexStatements(d, c.schema(), c.table(), c.index());
            return d;
        }
        if (c.index().unique() && keysInTransaction.contains(c.schema() + "." + c.table())) {
            indexStatements(d, c.schema(), c.table(), c.index());
            return d.hazard(Kind.LOCKS_TABLE, "blocks writes to " + c.table() + " while the index builds"
                    + (keyGaps.contains(c.schema() + "." + c.table()) ? KEY_GAP
                    : " (a foreign key of this plan needs it, so it is built in the transaction)"));
        }
        concurrently(d, c.schema(), c.table(), c.index());
        return d;
    }

    /**
     * On a table with rows a changed index is swapped in without a gap ({@link Online}); what is left here is a
     * table without rows, and a unique index that a foreign key of the plan is added again around, in the
     * transaction.
     */
    private Draft replaceIndex(ReplaceIndex c) {
        Draft d = new Draft(c, Action.ALTER, "rebuild (definition changed)" + describe(c.to()));
        if (c.to().unique()) ConstraintSteps.duplicates(d, c.schema(), c.table(), c.to(), tables);
        // IF EXISTS: dropping a column in the same plan may already have dropped the index with it.
        d.sql("DROP INDEX IF EXISTS " + qualified(c.schema(), c.from().name()));
        indexStatements(d, c.schema(), c.table(), c.to());
        if (tables.hasRows(c.schema(), c.table())) {
            d.hazard(Kind.LOCKS_TABLE, "blocks writes to " + c.table() + " while the index rebuilds");
        }
        return d;
    }

    private static void concurrently(Draft d, String schema, String table, Index ix) {
        d.phase = Phase.AFTER_COMMIT;
        d.applyOnly(Ddl.dropIndexConcurrently(schema, ix.name()));
        Guard.invalidIndexAside(schema, ix.name()).forEach(d::scriptOnly);
        d.concurrentIndex(Ddl.createIndex(schema, table, ix, false, true),
                Ddl.createIndex(schema, table, ix, true, true));
        if (ix.comment() != null) d.sql(Ddl.comment("INDEX", qualified(schema, ix.name()), ix.comment()));
        d.hazard(Kind.NOTE, "built CONCURRENTLY after the commit (SHARE UPDATE EXCLUSIVE: writes go on); "
                + OnlineSteps.RESUMES);
    }

    static String describe(Index ix) {
        String s = (ix.unique() ? " unique" : "") + (ix.method().equals("btree") ? "" : " using " + ix.method());
        return s.isEmpty() ? "" : " (" + s.strip() + ")";
    }

    private static void indexStatements(Draft d, String schema, String table, Index ix) {
        d.sql(Ddl.createIndex(schema, table, ix, false), Ddl.createIndex(schema, table, ix, true));
        if (ix.comment() != null) d.sql(Ddl.comment("INDEX", qualified(schema, ix.name()), ix.comment()));
    }

    private static Draft setComment(SetComment c) {
        ObjectRef o = c.object();
        String onTable = " ON " + qualified(o.schema(), o.table() == null ? "" : o.table());
        String target = switch (o.kind()) {
            case SCHEMA -> "SCHEMA " + quote(o.schema());
            case EXTENSION -> "EXTENSION " + quote(o.name());
            case TYPE, USER_TYPE -> "TYPE " + qualified(o.schema(), o.name());
            case DOMAIN -> "DOMAIN " + qualified(o.schema(), o.name());
            case SEQUENCE -> "SEQUENCE " + qualified(o.schema(), o.name());
            case TABLE -> "TABLE " + qualified(o.schema(), o.name());
            case VIEW -> "VIEW " + qualified(o.schema(), o.name());
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW " + qualified(o.schema(), o.name());
            case INDEX -> "INDEX " + qualified(o.schema(), o.name());
            case COLUMN -> "COLUMN " + qualified(o.schema(), o.table()) + "." + quote(o.name());
            case CONSTRAINT -> "CONSTRAINT " + quote(o.name()) + onTable;
            case TRIGGER -> "TRIGGER " + quote(o.name()) + onTable;
            case POLICY -> "POLICY " + quote(o.name()) + onTable;
            case FUNCTION, PROCEDURE, DISTRIBUTION, OTHER -> throw new IllegalStateException("no COMMENT ON for " + o);
        };
        String summary = c.to() == null ? "remove comment" : "comment " + literal(c.to());
        return new Draft(c, Action.ALTER, summary).sql("COMMENT ON " + target + " IS " + literal(c.to()));
    }

    static String constraintName(Constraint c) {
        return quote(c.name());
    }
}
