package io.schemasync.canonical;

import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;
import io.schemasync.server.SchemaRejectedException;
import io.schemasync.server.ServerErrors;
import io.schemasync.catalog.CatalogReader;
import io.schemasync.diff.Change;
import io.schemasync.diff.Differ;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.ObjectRef;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.plan.Plan;
import io.schemasync.plan.PlanOptions;
import io.schemasync.plan.Planner;
import io.schemasync.plan.Ddl;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Sql;
import io.schemasync.plan.Step;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Brings the desired schema into the server's canonical form, so that {@code int} equals {@code integer},
 * {@code now()} equals {@code now()}, and {@code price > 0} equals {@code (price > (0)::numeric)}: the desired
 * objects are created in scratch schemas inside a savepoint that is always rolled back, read back with the same
 * catalog reader that reads the live database, and renamed back. Scratch schemas come first in the search_path,
 * followed by the session's own path, so names resolve (and print) the way they do for the live objects.
 */
public final class Canonicalizer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> SERIAL_TYPES = Map.of("serial", "integer", "bigserial", "bigint",
            "smallserial", "smallint");
    private static final String PARTITION_COLUMN = "schemasync partition key";
    /** Tables materialized per savepoint: about 6 locks each, far below the default lock table of 6,400. */
    private static final int BATCH = Integer.getInteger("schemasync.batch", 250);

    private Canonicalizer() {}

    /** The connection must be in a transaction (autocommit off); it is left as it was. */
    public static Database canonicalize(Connection c, Database desired) throws SyncException {
        if (desired.schemas().isEmpty()) return desired;
        Map<String, String> scratch = scratchNames(desired);
        Savepoint sp = savepoint(c);
        try {
            setSearchPath(c, scratch);
            Map<String, String> back = new LinkedHashMap<>();
            scratch.forEach((orig, tmp) -> back.put(tmp, orig));
            Database forward = schemaNames(new ScratchReferences(desired, scratch).apply(desired),
                    name -> scratch.containsKey(name) ? List.of(scratch.get(name), name) : List.of(name));
            Database read = materialize(c, rename(forward, scratch::get, UnaryOperator.identity()), back);
            UnaryOperator<String> unqualify = text -> unqualify(text, back);
            Database readBack = schemaNames(read, name -> back.containsKey(name) ? List.of() : List.of(name));
            return restore(rename(readBack, back::get, unqualify), desired);
        } catch (SQLException e) {
            throw new SyncException("cannot canonicalize the desired schema: " + SyncException.serverMessage(e), null, e);
        } finally {
            rollback(c, sp);
        }
    }

    /**
     * Schemas that objects name as schemas (a function's search_path): a desired schema is searched in its scratch
     * copy first and then as it is (objects the YAML does not manage stay where they are), and back again.
     */
    private static Database schemaNames(Database db, java.util.function.Function<String, List<String>> names) {
        return new Database(db.schemas().stream().map(s -> s.withObjects(s.objects().stream()
                .map(o -> Kinds.of(o).mapSchemasAny(o, names)).toList())).toList());
    }

    private static Map<String, String> scratchNames(Database desired) {
        String run = "schemasync_" + HexFormat.of().formatHex(RANDOM.generateSeed(4)) + "_";
        Map<String, String> names = new LinkedHashMap<>();
        int i = 0;
        for (Schema s : desired.schemas()) names.put(s.name(), run + i++);
        return names;
    }

    private static Savepoint savepoint(Connection c) throws SyncException {
        try {
            return c.setSavepoint("schemasync_canonical");
        } catch (SQLException e) {
            throw new SyncException("cannot start the canonicalization: " + e.getMessage(), null, e);
        }
    }

    private static void rollback(Connection c, Savepoint sp) {
        try {
            c.rollback(sp);
            c.releaseSavepoint(sp);
        } catch (SQLException ignored) {
            // The connection is broken; the caller's next statement reports it.
        }
    }

    /** Scratch schemas first, then the session's schemas: unqualified names find the desired objects first. */
    private static void setSearchPath(Connection c, Map<String, String> scratch) throws SQLException {
        List<String> path = new ArrayList<>();
        try (Sender st = new Sender(c); var rs = st.query("SELECT current_schemas(false)")) {
            rs.next();
            Array arr = rs.getArray(1);
            for (Object o : (Object[]) arr.getArray()) path.add((String) o);
        }
        List<String> full = new ArrayList<>();
        path.stream().filter(scratch::containsKey).forEach(s -> full.add(scratch.get(s)));
        full.addAll(path);
        try (Sender st = new Sender(c)) {
            for (String tmp : scratch.values()) st.execute("CREATE SCHEMA " + Sql.quote(tmp));
            st.execute("SET LOCAL search_path = " + (full.isEmpty() ? "''"
                    : String.join(", ", full.stream().map(Sql::quote).toList())));
        }
    }

    /**
     * Runs the plan that creates the desired schema from nothing and reads it back. Tables go in batches, each in
     * a savepoint rolled back after it was read: locks taken in a subtransaction are released when it aborts, so
     * a schema of any size stays within the server's lock table. Foreign keys and OWNED BY are structural (no
     * expression to canonicalize) and are taken from the desired model as they are.
     */
    private static Database materialize(Connection c, Database scratchDb, Map<String, String> back) throws SQLException,
            SyncException {
        RelationGroups groups = RelationGroups.of(scratchDb);
        Plan plan = Planner.plan(Differ.diff(Database.empty(), forScratch(scratchDb, groups)), PlanOptions.safe());
        Map<String, List<Step>> perTable = new LinkedHashMap<>();
        try (Sender st = new Sender(c)) {
            for (Step step : plan.steps()) {
                switch (step.change()) {
                    case Change.CreateSchema s -> { }
                    case Change.AddConstraint a when a.constraint() instanceof ForeignKey -> { }
                    case Change.AlterSequence a -> { }
                    case Change.CreateTable t -> perTable.computeIfAbsent(groups.of(t.schema(), t.table().name()),
                            k -> new ArrayList<>()).add(t.table().column(PARTITION_COLUMN).isPresent()
                                    ? partitioned(step, t) : step);
                    case Change.CreateIndex i -> perTable.computeIfAbsent(groups.of(i.schema(), i.table()),
                            k -> new ArrayList<>()).add(step);
                    case Change.CreateObject x when groups.isMember(x.schema(), x.object().name()) -> perTable
                            .computeIfAbsent(groups.of(x.schema(), x.object().name()), k -> new ArrayList<>()).add(step);
                    case Change.CreateExtension x -> executeAll(st, step, back);
                    case Change.CreateEnum x -> executeAll(st, step, back);
                    case Change.CreateSequence x -> executeAll(st, step, back);
                    case Change.CreateObject x -> executeAll(st, step, back);
                    case Change.AddConstraint x -> executeAll(st, step, back);
                    case Change.SetComment x -> executeAll(st, step, back);
                    // A plan from an empty database creates and never alters, renames or drops.
                    case Change.AddEnumValue x -> throw notFromNothing(x);
                    case Change.RenameEnum x -> throw notFromNothing(x);
                    case Change.RenameEnumValue x -> throw notFromNothing(x);
                    case Change.RecreateEnum x -> throw notFromNothing(x);
                    case Change.DropEnum x -> throw notFromNothing(x);
                    case Change.DropSequence x -> throw notFromNothing(x);
                    case Change.RenameTable x -> throw notFromNothing(x);
                    case Change.DropTable x -> throw notFromNothing(x);
                    case Change.RepartitionTable x -> throw notFromNothing(x);
                    case Change.AddColumn x -> throw notFromNothing(x);
                    case Change.RenameColumn x -> throw notFromNothing(x);
                    case Change.AlterColumn x -> throw notFromNothing(x);
                    case Change.DropColumn x -> throw notFromNothing(x);
                    case Change.ReplaceConstraint x -> throw notFromNothing(x);
                    case Change.RenameConstraint x -> throw notFromNothing(x);
                    case Change.RenameIndex x -> throw notFromNothing(x);
                    case Change.RenameSequence x -> throw notFromNothing(x);
                    case Change.DropConstraint x -> throw notFromNothing(x);
                    case Change.ReplaceIndex x -> throw notFromNothing(x);
                    case Change.DropIndex x -> throw notFromNothing(x);
                    case Change.AlterObject x -> throw notFromNothing(x);
                    case Change.DropObject x -> throw notFromNothing(x);
                    case Change.Unsupported x -> throw notFromNothing(x);
                    case Change.DetachForeignKey x -> throw notFromNothing(x);
                    case Change.ReattachForeignKey x -> throw notFromNothing(x);
                    case Change.DetachDependent x -> throw notFromNothing(x);
                    case Change.ReattachDependent x -> throw notFromNothing(x);
                    case Change.ValidateConstraint x -> throw notFromNothing(x);
                    case Change.NotNullStep x -> throw notFromNothing(x);
                    case Change.AddKeyUsingIndex x -> throw notFromNothing(x);
                    case Change.SwapIndex x -> throw notFromNothing(x);
                    case Change.DropTempIndex x -> throw notFromNothing(x);
                    case Change.UpdateExtension x -> throw notFromNothing(x);
                    // Structural (Canonicalizer#withRenames takes the options from the desired model).
                    case Change.AlterTableOptions x -> { }
                    case Change.AlterIndexStorage x -> throw notFromNothing(x);
                    // Access is not materialized (no canonical form: roles and a closed list of privileges).
                    case Change.SetOwner x -> throw notFromNothing(x);
                    case Change.GrantPrivileges x -> throw notFromNothing(x);
                    case Change.RevokePrivileges x -> throw notFromNothing(x);
                    case Change.SetRowSecurity x -> throw notFromNothing(x);
                    case Change.SetDefaultPrivileges x -> throw notFromNothing(x);
                    case Change.AlterPartitioning x -> throw notFromNothing(x);
                }
            }
            Database base = CatalogReader.read(c, back::containsKey, true).database();
            java.util.Set<String> inBase = new java.util.HashSet<>();
            base.schemas().forEach(s -> s.objects().forEach(o -> inBase.add(s.name() + "\0" + o.refKind() + " " + o.name())));
            List<List<Step>> batches = batches(new ArrayList<>(perTable.values()));
            Map<String, List<Table>> tables = new LinkedHashMap<>();
            Map<String, List<SchemaObject>> relations = new LinkedHashMap<>();
            for (List<Step> batch : batches) readBatch(c, st, batch, back, inBase, tables, relations);
            return withTables(base, tables, relations);
        }
    }

    /**
     * Scratch tables are created partitioned: a partitioned table and its indexes have no storage, which makes
     * materializing a thousand tables several times faster, and their defaults, checks, generated columns and
     * index definitions read back exactly as on a plain table. Keys and foreign keys are structural and come from
     * the desired model; a partitioned table could not hold them without the partition column.
     * <p>
     * Tables that views read, and tables with exclusion constraints (which a partitioned table only has on its
     * partition key, from PostgreSQL 17 on), are plain, without the partition column, and keep their primary key: a view's
     * {@code SELECT *} would list the partition column, and {@code GROUP BY t.id} may name other columns of
     * {@code t} only when {@code id} is its primary key (functional dependency).
     */
    static Database forScratch(Database db, RelationGroups groups) {
        return new Database(db.schemas().stream().map(s -> s.withTables(s.tables().stream()
                .map(t -> groups.readByView(s.name(), t.name()) || !t.exclusions().isEmpty() ? viewedScratchTable(t)
                        : scratchTable(t))
                .toList())).toList());
    }

    private static Table viewedScratchTable(Table t) {
        Table scratch = scratchTable(t);
        return new Table(scratch.name(), scratch.columns().stream().filter(c -> !c.name().equals(PARTITION_COLUMN))
                .toList(), t.primaryKey(), List.of(), scratch.checks(), List.of(), scratch.indexes(), scratch.comment(),
                null).withExclusions(t.exclusions()).withPartitioning(scratch.partitioning());
    }

    /** Identity and serial are structural too; leaving them out spares a sequence (with storage) per table. */
    private static Table scratchTable(Table t) {
        List<Column> columns = new ArrayList<>(t.columns().stream().map(c -> c.withOptions(null)).map(c -> c.isSerial()
                ? new Column(c.name(), SERIAL_TYPES.get(c.type()), false, null, null, null, c.collation(), c.comment(), null)
                : c.identity() != null ? new Column(c.name(), c.type(), false, c.defaultExpr(), null, c.generated(),
                        c.collation(), c.comment(), null) : c).toList());
        // A partitioned table and its partitions are made as they are (the server prints the key and the bounds);
        // INHERITS is structural (a scratch parent is partitioned, which cannot be inherited from).
        var p = t.partitioning();
        boolean tree = p.isPartitioned() || p.isPartition();
        if (!tree) columns.add(Column.of(PARTITION_COLUMN, "integer", true));
        List<Index> indexes = t.indexes().stream().map(ix -> new Index(ix.name(), false, ix.method(), ix.keys(),
                ix.include(), ix.where(), false, ix.comment(), ix.storage())).toList();
        return new Table(t.name(), columns, null, List.of(), t.checks(), List.of(), indexes, t.comment(), null)
                .withPartitioning(tree ? p.withInherits(List.of()) : io.schemasync.model.Partitioning.NONE);
    }

    /** The table's step, created partitioned: the planner's own CREATE TABLE, with the partition key. */
    private static Step partitioned(Step step, Change.CreateTable t) {
        List<String> statements = new ArrayList<>();
        statements.add(Ddl.createTable(t.schema(), t.table(), false, PARTITION_COLUMN));
        String name = Sql.qualified(t.schema(), t.table().name());
        if (t.table().comment() != null) statements.add(Ddl.comment("TABLE", name, t.table().comment()));
        for (Column col : t.table().columns()) {
            if (col.comment() != null) statements.add(Ddl.comment("COLUMN", name + "." + Sql.quote(col.name()),
                    col.comment()));
        }
        return new Step(step.change(), step.action(), step.summary(), statements, step.script(), step.phase(),
                step.hazards(), step.preflights(), step.refused(), step.recreates());
    }

    private static IllegalStateException notFromNothing(Change c) {
        return new IllegalStateException("a plan from an empty database holds " + c);
    }

    private static List<List<Step>> batches(List<List<Step>> perTable) {
        List<List<Step>> out = new ArrayList<>();
        for (int i = 0; i < perTable.size(); i += BATCH) {
            out.add(perTable.subList(i, Math.min(perTable.size(), i + BATCH)).stream().flatMap(List::stream).toList());
        }
        return out;
    }

    /**
     * Reads back the tables of the batch, and the objects created with them: relations (views), and objects that
     * use relations (functions over tables), which are the objects the catalog did not hold before the batches.
     */
    private static void readBatch(Connection c, Sender st, List<Step> batch, Map<String, String> back,
                                  java.util.Set<String> inBase, Map<String, List<Table>> tables,
                                  Map<String, List<SchemaObject>> relations) throws SQLException, SyncException {
        Savepoint sp = c.setSavepoint();
        try {
            executeBatch(c, st, batch, back);
            var read = CatalogReader.read(c, back::containsKey, true).database().schemas();
            for (Schema s : read) {
                tables.computeIfAbsent(s.name(), k -> new ArrayList<>()).addAll(s.tables());
                s.objects().stream().filter(o -> Kinds.of(o).isRelation()
                                || !inBase.contains(s.name() + "\0" + o.refKind() + " " + o.name()))
                        .forEach(o -> relations.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(o));
            }
        } finally {
            c.rollback(sp);
            c.releaseSavepoint(sp);
        }
    }

    private static Database withTables(Database base, Map<String, List<Table>> tables,
                                       Map<String, List<SchemaObject>> relations) {
        return new Database(base.schemas().stream().map(s -> {
            List<SchemaObject> objects = new ArrayList<>(s.objects().stream()
                    .filter(o -> !Kinds.of(o).isRelation()).toList());
            objects.addAll(relations.getOrDefault(s.name(), List.of()));
            return s.withTables(tables.getOrDefault(s.name(), List.of())).withObjects(objects);
        }).toList());
    }

    /**
     * Sends the batch in one round trip (a thousand tables take half the time) as a JDBC batch: each statement is
     * still its own Parse message, checked on its own (see {@link Sender}). When the server rejects the batch, it
     * runs again statement by statement (in a nested savepoint) only to name the object it rejected.
     */
    private static void executeBatch(Connection c, Sender st, List<Step> batch, Map<String, String> back)
            throws SQLException, SyncException {
        List<String> all = batch.stream().flatMap(s -> s.statements().stream()).toList();
        if (all.isEmpty()) return;
        Savepoint sp = c.setSavepoint();
        try {
            st.batch(all);
            c.releaseSavepoint(sp);
        } catch (SQLException e) {
            c.rollback(sp);
            for (Step step : batch) executeAll(st, step, back);
            throw e;
        }
    }

    private static void executeAll(Sender st, Step step, Map<String, String> back) throws SyncException {
        for (String sql : step.statements()) execute(st, sql, step, back);
    }

    private static void execute(Sender st, String sql, Step step, Map<String, String> back) throws SyncException {
        try {
            st.execute(sql);
        } catch (SQLException e) {
            ObjectRef t = step.change().target();
            ObjectRef ref = new ObjectRef(t.kind(), back.getOrDefault(t.schema(), t.schema()), t.table(), t.name());
            String message = SyncException.serverMessage(e).lines().findFirst().orElse("");
            var where = step.change() instanceof Change.CreateObject x ? Kinds.of(x.object()).locateAny(x.object(), sql,
                    ServerErrors.position(e) - 1, ServerErrors.where(e)) : java.util.Optional.<io.schemasync.kinds
                    .ObjectKind.Rejection>empty();
            java.util.regex.Matcher role = java.util.regex.Pattern.compile("role \"(.*)\" does not exist")
                    .matcher(message);
            if (role.matches() && ref.kind() == ObjectRef.Kind.POLICY) {
                throw new SchemaRejectedException(ref + ": role \"" + role.group(1) + "\" does not exist; roles are"
                        + " cluster-wide and schemasync never creates them: run CREATE ROLE "
                        + Identifiers.quoteIdentifier(role.group(1)) + " NOLOGIN; first (see docs/yaml-format.md,"
                        + " Roles)", sql, e, ref, "roles");
            }
            if (where.isPresent()) {
                throw new SchemaRejectedException(ref + ": PostgreSQL rejects its " + where.get().field() + " ("
                        + where.get().detail() + "): " + message, sql, e, ref, where.get().field());
            }
            throw new SchemaRejectedException(ref + ": PostgreSQL rejects it: " + message, sql, e, ref);
        }
    }

    /** Replaces scratch schema qualifiers in server text with the real (quoted when needed) schema names. */
    static String unqualify(String text, Map<String, String> back) {
        if (text == null) return null;
        String out = text;
        for (var e : back.entrySet()) out = out.replace(e.getKey() + ".", Identifiers.display(e.getValue()) + ".");
        return out;
    }

    /** Renames schemas (and references to them) through {@code names}; {@code text} rewrites types and expressions. */
    static Database rename(Database db, UnaryOperator<String> names, UnaryOperator<String> text) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : db.schemas()) {
            List<Table> tables = s.tables().stream().map(t -> parentSchema(t, names, s.name())).map(t -> t.mapSql(text, text).withForeignKeys(
                    t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns(),
                            Objects.requireNonNullElse(names.apply(fk.refSchema()), fk.refSchema()), fk.refTable(),
                            fk.refColumns(), fk.onDelete(), fk.onUpdate(), fk.matchFull(), fk.deferral(), fk.validated())).toList()))
                    .toList();
            List<SchemaObject> objects = s.objects().stream()
                    .map(o -> Kinds.of(o).mapSqlAny(o, text, text)).toList();
            schemas.add(new Schema(names.apply(s.name()), s.comment(), s.extensions(), s.enums(), s.sequences(), tables,
                    objects));
        }
        return new Database(schemas);
    }

    /** A partition of a table in another schema names that schema by its new name. */
    private static Table parentSchema(Table t, UnaryOperator<String> names, String schema) {
        var p = t.partitioning();
        if (p.parentSchema() == null) return t;
        String renamed = Objects.requireNonNullElse(names.apply(p.parentSchema()), p.parentSchema());
        return t.withPartitioning(p.withParentSchema(renamed, Objects.requireNonNullElse(names.apply(schema), schema)));
    }

    /** Puts back what the server does not know: declared renames, and the extensions each schema declares. */
    private static Database restore(Database canonical, Database desired) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : canonical.schemas()) {
            Schema want = desired.schema(s.name()).orElseThrow();
            List<Table> tables = s.tables().stream().map(t -> withRenames(t, want.table(t.name()).orElseThrow())).toList();
            var sequences = s.sequences().stream().map(q -> q.withOwnedBy(
                    want.sequence(q.name()).map(io.schemasync.model.Sequence::ownedBy).orElse(null))).toList();
            List<SchemaObject> objects = s.objects().stream().map(o -> restore(o, want.objects())).toList();
            var enums = s.enums().stream().map(e -> want.enumType(e.name()).map(w -> new io.schemasync.model.EnumType(
                    e.name(), e.values(), e.comment(), w.renamedFrom(), w.renamedValues())).orElse(e)).toList();
            schemas.add(new Schema(s.name(), want.comment(), want.extensions(), enums, sequences, tables, objects));
        }
        return desired.withSchemas(schemas);
    }

    /** The canonical object with what its desired object says that the server does not keep. */
    private static SchemaObject restore(SchemaObject canonical, List<SchemaObject> desired) {
        List<SchemaObject> same = desired.stream().filter(d -> Kinds.of(d).becomesAny(d, canonical)).toList();
        return same.size() == 1 ? Kinds.of(canonical).restoreAny(canonical, same.get(0)) : canonical;
    }

    private static Column structural(Column canonical, Column want) {
        String type = want.isSerial() ? want.type() : canonical.type();
        // Compression and the statistics target are structural (a scratch table need not have lz4 built in).
        return new Column(canonical.name(), type, canonical.nullable(), canonical.defaultExpr(), want.identity(),
                canonical.generated(), canonical.collation(), canonical.comment(), want.renamedFrom(), null,
                want.options());
    }

    static Table withRenames(Table canonical, Table want) {
        List<Column> columns = canonical.columns().stream().filter(c -> !c.name().equals(PARTITION_COLUMN))
                .map(c -> structural(c, want.column(c.name()).orElseThrow())).toList();
        List<Index> indexes = canonical.indexes().stream().map(ix -> want.indexes().stream()
                .filter(w -> w.name().equals(ix.name())).findFirst()
                .map(w -> new Index(ix.name(), w.unique(), ix.method(), ix.keys(), ix.include(), ix.where(),
                        w.nullsNotDistinct(), ix.comment(), ix.storage())).orElse(ix)).toList();
        // The table's options are structural: a scratch table is partitioned, which cannot be UNLOGGED or have
        // storage parameters; Storage compares values as the server keeps them.
        // not_valid is the YAML's word: a scratch check is whatever CREATE TABLE made it.
        var checks = canonical.checks().stream().map(ck -> ck.withValidated(want.checks().stream()
                .filter(w -> w.name().equals(ck.name())).findFirst().map(CheckConstraint::validated).orElse(true)))
                .map(CheckConstraint.class::cast).toList();
        var p = want.partitioning();
        // The server's key and bound; the parent as the YAML names it (the canonical read names scratch schemas).
        var partitioning = p.isPartitioned() || p.isPartition()
                ? new io.schemasync.model.Partitioning(canonical.partitioning().by(), p.parent(),
                        canonical.partitioning().bound(), p.inherits(), p.parentSchema()) : p;
        return new Table(canonical.name(), columns, want.primaryKey(), want.uniques(), checks,
                want.foreignKeys(), indexes, canonical.comment(), want.renamedFrom(), want.options(),
                canonical.exclusions(), partitioning);
    }
}
