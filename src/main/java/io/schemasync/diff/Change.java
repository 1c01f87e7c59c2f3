package io.schemasync.diff;

import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.EnumType;
import io.schemasync.model.Extension;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.model.TypeUse;

import java.util.List;
import java.util.Set;

/** One difference between the live database and the desired schema; the closed vocabulary of the planner. */
public sealed interface Change {
    /** The object the change is about, as people name it. */
    ObjectRef target();

    record CreateSchema(String schema, String comment) implements Change {
        public ObjectRef target() { return ObjectRef.schema(schema); }
    }

    record CreateExtension(String schema, Extension extension) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.EXTENSION, schema, extension.name()); }
    }

    /** ALTER EXTENSION ... UPDATE TO: the YAML names a version other than the one installed. */
    record UpdateExtension(String schema, Extension from, Extension to) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.EXTENSION, schema, to.name()); }
    }

    record CreateEnum(String schema, EnumType type) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TYPE, schema, type.name()); }
    }

    /** ALTER TYPE ... ADD VALUE; {@code before}/{@code after} place it (both null: at the end). */
    record AddEnumValue(String schema, String type, String value, String before, String after) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TYPE, schema, type); }
    }

    /** ALTER TYPE ... RENAME TO: {@code renamed_from} on an enum. */
    record RenameEnum(String schema, String from, String to) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TYPE, schema, to); }
    }

    /** ALTER TYPE ... RENAME VALUE: {@code renamed_values} on an enum. */
    record RenameEnumValue(String schema, String type, String from, String to) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TYPE, schema, type); }
    }

    /**
     * Labels removed or reordered, which PostgreSQL cannot do in place: the type is made again under its name and
     * {@code columns} (every column of a table that holds it, under the names they have when the step runs) are
     * converted through text; the old type is dropped. {@code released} are the live columns of the type that other
     * steps of the plan drop or give another type first (live names). {@code blockers} are what else uses the type
     * and would keep it from being dropped (refused, naming them).
     */
    record RecreateEnum(String schema, EnumType from, EnumType to, List<EnumColumn> columns, List<ObjectRef> released,
                        List<String> blockers) implements Change {
        public RecreateEnum {
            columns = List.copyOf(columns);
            released = List.copyOf(released);
            blockers = List.copyOf(blockers);
        }

        public ObjectRef target() { return ObjectRef.of(Kind.TYPE, schema, to.name()); }

        public List<String> removed() {
            return from.values().stream().filter(v -> !to.values().contains(v)).toList();
        }
    }

    /**
     * A column converted by {@link RecreateEnum}: {@code table} and {@code column} are its names when the step runs,
     * {@code liveTable} and {@code liveColumn} its names before the plan (for the checks of the live rows).
     *
     * @param hadDefault  the live column has a default: it is dropped before the conversion (it is of the old type)
     * @param defaultExpr the column's default as the YAML gives it, set again after the conversion (null: none)
     */
    record EnumColumn(String schema, String table, String column, String liveTable, String liveColumn,
                      boolean array, boolean nullable, boolean hadDefault, String defaultExpr) {}

    record DropEnum(String schema, EnumType type) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TYPE, schema, type.name()); }
    }

    record CreateSequence(String schema, Sequence sequence) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.SEQUENCE, schema, sequence.name()); }
    }

    record AlterSequence(String schema, Sequence from, Sequence to) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.SEQUENCE, schema, to.name()); }
    }

    /**
     * ALTER SEQUENCE ... RENAME: the sequence of a serial column, named after the table and the column again when
     * either is renamed (PostgreSQL recognises a serial's sequence by that name, and does not rename it).
     *
     * @param column "table.column" of the serial column it belongs to
     */
    record RenameSequence(String schema, String from, String to, String column) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.SEQUENCE, schema, to); }
    }

    record DropSequence(String schema, Sequence sequence) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.SEQUENCE, schema, sequence.name()); }
    }

    /** CREATE TABLE with its columns, primary key, unique and check constraints (foreign keys and indexes follow). */
    record CreateTable(String schema, Table table) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TABLE, schema, table.name()); }
    }

    record RenameTable(String schema, String from, String to) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TABLE, schema, to); }
    }

    /** ALTER TABLE ... SET/RESET (storage parameters), SET LOGGED/UNLOGGED, REPLICA IDENTITY. */
    record AlterTableOptions(String schema, String table, io.schemasync.model.TableOptions from,
                             io.schemasync.model.TableOptions to) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TABLE, schema, table); }
    }

    /**
     * A partition that moves to another bound (or another partitioned table): DETACH then ATTACH, which checks every
     * row against the new bound; or a table that inherits from one more parent (INHERIT).
     */
    record AlterPartitioning(String schema, String table, io.schemasync.model.Partitioning from,
                             io.schemasync.model.Partitioning to) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TABLE, schema, table); }
    }

    /**
     * A partitioned table whose partition key changes: PostgreSQL has no ALTER for it, so the table is dropped with
     * its partitions (DROP TABLE takes them) and made again by the {@link CreateTable} changes of the same plan, which
     * bring its indexes, constraints, comments and grants back. Only an empty table: a preflight refuses it with rows.
     *
     * @param table      the live partitioned table
     * @param to         the new PARTITION BY, as the server prints it
     * @param partitions the live partitions that go with it (and theirs), in any schema
     */
    record RepartitionTable(String schema, Table table, String to, List<ObjectRef> partitions) implements Change {
        public RepartitionTable {
            partitions = List.copyOf(partitions);
        }

        public ObjectRef target() { return ObjectRef.of(Kind.TABLE, schema, table.name()); }
    }

    record DropTable(String schema, Table table) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TABLE, schema, table.name()); }
    }

    record AddColumn(String schema, String table, Column column) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.COLUMN, schema, table, column.name()); }
    }

    record RenameColumn(String schema, String table, String from, String to) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.COLUMN, schema, table, to); }
    }

    record AlterColumn(String schema, String table, Column from, Column to, Set<ColumnAspect> aspects)
            implements Change {
        public AlterColumn {
            aspects = Set.copyOf(aspects);
        }

        public ObjectRef target() { return ObjectRef.inTable(Kind.COLUMN, schema, table, to.name()); }
    }

    record DropColumn(String schema, String table, Column column) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.COLUMN, schema, table, column.name()); }
    }

    record AddConstraint(String schema, String table, Constraint constraint) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, constraint.name()); }
    }

    /** The constraint exists under this name with another definition: drop and add again. */
    record ReplaceConstraint(String schema, String table, Constraint from, Constraint to) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, to.name()); }
    }

    /** Same definition under another name: RENAME CONSTRAINT (which renames the index behind a key too). */
    record RenameConstraint(String schema, String table, String from, String to) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, to); }
    }

    /** Same definition under another name: ALTER INDEX ... RENAME. */
    record RenameIndex(String schema, String table, String from, String to) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.INDEX, schema, table, to); }
    }

    record DropConstraint(String schema, String table, Constraint constraint) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, constraint.name()); }
    }

    record CreateIndex(String schema, String table, Index index) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.INDEX, schema, table, index.name()); }
    }

    record ReplaceIndex(String schema, String table, Index from, Index to) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.INDEX, schema, table, to.name()); }
    }

    /** ALTER INDEX ... SET/RESET (storage parameters): the definition is the same, nothing is rebuilt. */
    record AlterIndexStorage(String schema, String table, Index from, Index to) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.INDEX, schema, table, to.name()); }
    }

    record DropIndex(String schema, String table, Index index) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.INDEX, schema, table, index.name()); }
    }

    /**
     * A foreign key dropped for a moment, in the transaction, because the key it references ({@code because}) is
     * replaced or dropped: PostgreSQL refuses to drop a key that foreign keys depend on. Added again by a
     * {@link ReattachForeignKey} once the key is back.
     */
    record DetachForeignKey(String schema, String table, ForeignKey fk, ObjectRef because) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, fk.name()); }
    }

    /** The foreign key a {@link DetachForeignKey} dropped, added again as it was. */
    record ReattachForeignKey(String schema, String table, ForeignKey fk, ObjectRef because) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, fk.name()); }
    }

    /**
     * A view, materialized view or trigger dropped for a moment, in the transaction, because a change underneath it
     * ({@code because}: a column's type, a dropped column, a view or function created anew) cannot run while it
     * exists. Created again by a {@link ReattachDependent} once the changes are made.
     *
     * @param object the live object
     */
    record DetachDependent(String schema, SchemaObject object, List<ObjectRef> because) implements Change {
        public DetachDependent {
            because = List.copyOf(because);
        }

        public ObjectRef target() { return object.ref(schema); }
    }

    /**
     * The object a {@link DetachDependent} dropped, created again after the changes {@code because}: as the YAML
     * defines it (which may differ from the live one), with its comment and options; a materialized view's indexes
     * are {@link CreateIndex} changes of their own.
     *
     * @param changed the YAML changes the object too: it comes back in its new form
     */
    record ReattachDependent(String schema, SchemaObject object, List<ObjectRef> because, boolean changed)
            implements Change {
        public ReattachDependent {
            because = List.copyOf(because);
        }

        public ObjectRef target() { return object.ref(schema); }
    }

    /**
     * ALTER TABLE ... VALIDATE CONSTRAINT, after the commit: the constraint is there but was added NOT VALID — by
     * this plan (the online form of a new check or foreign key on a table with rows), or by an apply that stopped
     * after its commit. A not-validated constraint the YAML wants is validated, never dropped and added again.
     *
     * @param checkRows count the rows that would fail it first (the step that added it did not)
     */
    record ValidateConstraint(String schema, String table, Constraint constraint, boolean checkRows) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, constraint.name()); }
    }

    /**
     * One step of SET NOT NULL on a table with rows, made by the planner so that no step scans the table under a
     * lock that blocks writes: {@code ADD} a check {@code (column IS NOT NULL)} NOT VALID ({@code helper}; on
     * PostgreSQL 18 a NOT NULL constraint NOT VALID), {@code VALIDATE} it after the commit, then {@code SET} NOT
     * NULL, which the valid check proves without a scan, and drop the check (before PostgreSQL 18). {@code DROP}
     * only drops a helper check that an interrupted apply left and that is not needed.
     *
     * @param notNullConstraint the PostgreSQL 18 form: the helper is the column's own NOT NULL constraint
     * @param checkRows         count the NULLs first (the first step of the sequence in this plan does)
     */
    record NotNullStep(String schema, String table, String column, String helper, NotNullStage stage,
                       boolean notNullConstraint, boolean checkRows) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.COLUMN, schema, table, column); }
    }

    enum NotNullStage { ADD, VALIDATE, SET, DROP }

    /**
     * A new primary key or unique constraint on a table with rows, made by the planner: its unique index built
     * CONCURRENTLY after the commit, then ADD CONSTRAINT ... USING INDEX.
     *
     * @param indexBuilt the index is there already, under the constraint's name (an apply stopped before attaching it)
     */
    record AddKeyUsingIndex(String schema, String table, Constraint key, boolean indexBuilt) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.CONSTRAINT, schema, table, key.name()); }
    }

    /**
     * An index replaced on a table with rows with never a moment without one, made by the planner: the new definition
     * built CONCURRENTLY under the name {@code temp}, the old index renamed away and the new one renamed into its
     * place in one short transaction, then the old one dropped CONCURRENTLY.
     *
     * @param from  the live index; null when an interrupted apply already dropped it
     * @param built an interrupted apply already built {@code temp} with the new definition
     */
    record SwapIndex(String schema, String table, Index from, Index to, String temp, boolean built) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.INDEX, schema, table, to.name()); }
    }

    /**
     * An index that an interrupted {@link SwapIndex} left under a temporary name (the new definition, or the old one
     * renamed away; valid or INVALID) and that is not needed: schemasync's own, dropped without asking.
     *
     * @param of the index it was made for
     */
    record DropTempIndex(String schema, String table, String name, String of) implements Change {
        public ObjectRef target() { return ObjectRef.inTable(Kind.INDEX, schema, table, name); }
    }

    /** An object of a kind of the registry (a domain, ...): the kind's own unit makes the step. */
    record CreateObject(String schema, SchemaObject object) implements Change {
        public ObjectRef target() { return object.ref(schema); }
    }

    /**
     * @param usedBy the live columns whose type is the object (for kinds that are types): a new check must hold
     *               for their rows
     */
    record AlterObject(String schema, SchemaObject from, SchemaObject to, List<TypeUse> usedBy) implements Change {
        public AlterObject {
            usedBy = List.copyOf(usedBy);
        }

        public ObjectRef target() { return to.ref(schema); }
    }

    /**
     * @param usedBy the columns whose type is the object and that this plan neither drops nor converts: while there
     *               are any, it cannot be dropped
     */
    record DropObject(String schema, SchemaObject object, List<TypeUse> usedBy) implements Change {
        public DropObject {
            usedBy = List.copyOf(usedBy);
        }

        public ObjectRef target() { return object.ref(schema); }
    }

    /** COMMENT ON for a schema, table, index, type or sequence (column comments are an AlterColumn aspect). */
    /** ALTER ... OWNER TO; {@code from} is null for an object this plan creates (its owner is who runs it). */
    record SetOwner(io.schemasync.model.Access on, String from, String to) implements Change {
        public ObjectRef target() { return on.target(); }
    }

    /** GRANT privileges the YAML gives that the object does not have (or not WITH GRANT OPTION). */
    record GrantPrivileges(io.schemasync.model.Access on, List<io.schemasync.model.Privilege> privileges)
            implements Change {
        public GrantPrivileges {
            privileges = List.copyOf(privileges);
        }

        public ObjectRef target() { return on.target(); }
    }

    /**
     * REVOKE privileges the object has that its {@code grants:} do not list ({@code grantOptionOnly}: the YAML keeps
     * the privilege without WITH GRANT OPTION). {@code fresh}: the object is created (or made again) by this plan,
     * and what is revoked is PostgreSQL's default for a new object, which nothing can rely on yet.
     */
    record RevokePrivileges(io.schemasync.model.Access on, List<io.schemasync.model.Privilege> privileges,
                            boolean fresh) implements Change {
        public RevokePrivileges {
            privileges = List.copyOf(privileges);
        }

        public ObjectRef target() { return on.target(); }
    }

    /**
     * ALTER DEFAULT PRIVILEGES FOR ROLE ... IN SCHEMA ... GRANT / REVOKE ... ON tables | sequences | functions |
     * types: what objects that {@code forRole} creates in the schema from then on get. Revokes are destructive.
     */
    record SetDefaultPrivileges(String schema, String forRole, String on, List<io.schemasync.model.Privilege> grant,
                                List<io.schemasync.model.Privilege> revoke) implements Change {
        public SetDefaultPrivileges {
            grant = List.copyOf(grant);
            revoke = List.copyOf(revoke);
        }

        public ObjectRef target() { return ObjectRef.schema(schema); }
    }

    /**
     * ALTER TABLE ... ENABLE / DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY. {@code policies}: the table has
     * policies in the YAML (without any, enabling hides every row from everyone but the owner).
     */
    record SetRowSecurity(String schema, String table, io.schemasync.model.RowSecurity from,
                          io.schemasync.model.RowSecurity to, boolean policies) implements Change {
        public ObjectRef target() { return ObjectRef.of(Kind.TABLE, schema, table); }
    }

    record SetComment(ObjectRef object, String from, String to) implements Change {
        public ObjectRef target() { return object; }
    }

    /**
     * A difference PostgreSQL cannot apply in place (removing or reordering enum values, ...): reported, always
     * refused, never attempted halfway.
     */
    record Unsupported(ObjectRef object, String what, String reason) implements Change {
        public ObjectRef target() { return object; }
    }

    /** The aspects of a column an AlterColumn changes. */
    enum ColumnAspect { TYPE, NULLABLE, DEFAULT, IDENTITY, GENERATED, COLLATION, COMMENT, COMPRESSION, STATISTICS,
        /** The options of an identity column's sequence (START, INCREMENT, CACHE, ...). */
        IDENTITY_OPTIONS,
        /** The sequence of a serial column has a narrower type than the column (it runs out first). */
        SEQUENCE }

    /** The result of a diff: the changes, and what is in sync or unmanaged, for the report. */
    record Result(List<Change> changes, List<ObjectRef> inSync, List<ObjectRef> unmanaged) {
        public Result {
            changes = List.copyOf(changes);
            inSync = List.copyOf(inSync);
            unmanaged = List.copyOf(unmanaged);
        }
    }
}
