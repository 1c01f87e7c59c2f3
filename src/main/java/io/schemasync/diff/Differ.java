package io.schemasync.diff;

import io.schemasync.diff.Change.AddEnumValue;
import io.schemasync.diff.Change.AlterObject;
import io.schemasync.diff.Change.CreateObject;
import io.schemasync.diff.Change.DropObject;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.TypeUse;
import io.schemasync.diff.Change.AlterSequence;
import io.schemasync.diff.Change.CreateEnum;
import io.schemasync.diff.Change.CreateExtension;
import io.schemasync.diff.Change.CreateSchema;
import io.schemasync.diff.Change.CreateSequence;
import io.schemasync.diff.Change.DropEnum;
import io.schemasync.diff.Change.DropSequence;
import io.schemasync.diff.Change.DropTable;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.diff.Change.Unsupported;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the live database with the desired one. Pure: two models in, the changes out. Inside a table the YAML
 * defines, columns, constraints and indexes it does not list become drops (which the planner refuses without
 * --allow-destructive). Tables, enum types and sequences it does not mention are unmanaged and left alone,
 * unless it lists them under {@code drop:}; so are other schemas and extensions.
 */
public final class Differ {
    private final List<Change> changes = new ArrayList<>();
    private final List<ObjectRef> inSync = new ArrayList<>();
    private final List<ObjectRef> unmanaged = new ArrayList<>();

    private final Renames renames;
    private final FunctionRenames functionRenames;
    private final TypeRenames typeRenames;
    private final Database live;
    private final Database desired;
    private final boolean dropUnlisted;

    private final EnumRenames enumRenames;
    private final Repartitions repartitions;

    private Differ(Renames renames, Database live, Database desired, boolean dropUnlisted, EnumRenames enumRenames) {
        this.renames = renames;
        this.enumRenames = enumRenames;
        this.functionRenames = FunctionRenames.of(live, desired);
        this.typeRenames = TypeRenames.of(live, desired, enumRenames);
        this.live = live;
        this.desired = desired;
        this.dropUnlisted = dropUnlisted;
        this.repartitions = Repartitions.of(live, desired);
    }

    /**
     * A table, enum type, sequence or object of a registry kind that the YAML does not mention is unmanaged and
     * left alone; it is dropped when the YAML lists it under {@code drop:}, or when every unlisted object is to be
     * dropped ({@code unmanaged: drop}). Either way the drop is destructive: the planner refuses it without
     * --allow-destructive.
     */
    private void unlisted(ObjectRef ref, Change drop) {
        if (dropUnlisted || desired.drops(ref)) changes.add(drop);
        else unmanaged.add(ref);
    }

    /** @param liveUnmanaged objects the catalog reader found but does not model (views, other schemas, ...) */
    public static Change.Result diff(Database live, Database desired, List<ObjectRef> liveUnmanaged) {
        return diff(live, desired, liveUnmanaged, false);
    }

    /**
     * @param dropUnlisted {@code unmanaged: drop}: the tables, enum types, sequences and objects of the registry's
     *                     kinds in managed schemas that the YAML does not mention become drops. Extensions, and
     *                     what schemasync does not model (views, functions, ...), stay unmanaged.
     */
    public static Change.Result diff(Database live, Database desired, List<ObjectRef> liveUnmanaged,
                                     boolean dropUnlisted) {
        EnumRenames enumRenames = EnumRenames.of(live, desired);
        live = enumRenames.applyTo(live);
        Differ d = new Differ(Renames.of(live, desired), live, desired, dropUnlisted, enumRenames);
        d.unmanaged.addAll(liveUnmanaged);
        for (Schema want : desired.schemas()) {
            d.schema(live.schema(want.name()).orElse(null), want);
        }
        return new Change.Result(d.changes, d.inSync, d.unmanaged);
    }

    public static Change.Result diff(Database live, Database desired) {
        return diff(live, desired, List.of());
    }

    private void schema(Schema have, Schema want) {
        String s = want.name();
        if (have == null) {
            changes.add(new CreateSchema(s, want.comment()));
            have = Schema.named(s);
        } else if (want.comment() != null && !want.comment().equals(have.comment())) {
            // A schema's comment is managed only when the YAML gives one: "public" comes with a comment of its own.
            changes.add(new SetComment(ObjectRef.schema(s), have.comment(), want.comment()));
        }
        have = repartitions.withoutObjectsOfRemade(onRenamedTables(typeRenames.apply(functionRenames.apply(have)),
                want));
        extensions(have, want);
        enums(have, want);
        sequences(have, want);
        objects(have, want);
        tables(have, want);
    }

    /**
     * The objects of the registry's kinds: compared whole (each kind's record holds the server's canonical text);
     * creates in dependency order, unlisted live objects unmanaged unless listed under {@code drop:}.
     */
    private void objects(Schema have, Schema want) {
        String s = want.name();
        List<SchemaObject> created = new ArrayList<>();
        Set<String> renamedAway = new HashSet<>();
        for (SchemaObject o : want.objects()) {
            var old = have.object(o.refKind(), o.name());
            if (old.isEmpty()) old = renamedSource(have, want, o);
            old.ifPresent(x -> renamedAway.add(x.refKind() + " " + x.name()));
            if (old.isEmpty() && unmanaged.contains(o.ref(s))) {
                changes.add(new Unsupported(o.ref(s), "create", "an object of that name exists that schemasync does"
                        + " not manage (a function in C, an aggregate, ...): drop it by hand,"
                        + " or remove it from the YAML"));
            } else if (old.isEmpty()) created.add(o);
            else alter(s, old.get(), o);
        }
        for (SchemaObject o : ObjectOrder.byDependencies(s, created)) {
            changes.add(new CreateObject(s, bare(o)));
            Kinds.of(o).indexesAny(o).forEach(ix -> changes.add(new Change.CreateIndex(s, o.name(), ix)));
        }
        List<SchemaObject> gone = have.objects().stream().filter(o -> want.object(o.refKind(), o.name()).isEmpty())
                .filter(o -> !renamedAway.contains(o.refKind() + " " + o.name()))
                .filter(o -> !ofOtherTable(want, o)).toList();
        List<SchemaObject> dropOrder = new ArrayList<>(ObjectOrder.byDependencies(s, gone));
        java.util.Collections.reverse(dropOrder);
        Set<String> dropped = new HashSet<>();
        for (SchemaObject live : dropOrder) {
            // What this plan drops first (a trigger, before its function) no longer depends on the object.
            SchemaObject o = Kinds.of(live).withoutDependentsAny(live, dropped);
            // unmanaged: drop leaves what live objects depend on (a trigger's function): PostgreSQL would refuse.
            if (Kinds.of(o).hasDependentsAny(o) && !desired.drops(o.ref(s))) unmanaged.add(o.ref(s));
            else {
                unlisted(o.ref(s), new DropObject(s, o, stillUsedBy(s, o)));
                if (dropUnlisted || desired.drops(o.ref(s))) dropped.addAll(Kinds.of(o).describedAsAny(s, o));
            }
        }
    }

    /**
     * The live objects that belong to tables (triggers) as they read after the plan renames their tables and
     * columns: PostgreSQL carries them along (they hold the table and the columns, not their names), so a rename is
     * no change of theirs. The same for a view's triggers when the YAML renames the view.
     */
    private Schema onRenamedTables(Schema have, Schema want) {
        Map<String, String> views = new java.util.HashMap<>();
        for (SchemaObject o : want.objects()) {
            if (o.refKind() != Kind.VIEW) continue;
            Kinds.of(o).renamedFromAny(o).filter(old -> have.object(Kind.VIEW, old).isPresent()
                    && want.object(Kind.VIEW, old).isEmpty() && have.object(Kind.VIEW, o.name()).isEmpty())
                    .ifPresent(old -> views.put(old, o.name()));
        }
        return have.withObjects(have.objects().stream().map(o -> {
            if (o.table() == null) return o;
            if (views.containsKey(o.table())) return Kinds.of(o).onTableAny(o, views.get(o.table()), c -> c, e -> e);
            String table = renames.tableName(have.name(), o.table());
            Map<String, String> columns = renames.columnsOf(have.name(), table);
            if (table.equals(o.table()) && columns.isEmpty()) return o;
            return Kinds.of(o).onTableAny(o, table, c -> columns.getOrDefault(c, c),
                    e -> ColumnReferences.renameFields(e, columns, Set.of("new", "old")));
        }).toList());
    }

    /** A live object of a table that this plan drops, or of one the YAML does not manage: it goes with its table. */
    private boolean ofOtherTable(Schema want, SchemaObject o) {
        if (o.table() == null || want.table(o.table()).isPresent()
                || want.object(Kind.VIEW, o.table()).isPresent()) return false;
        ObjectRef table = ObjectRef.of(Kind.TABLE, want.name(), o.table());
        if (dropUnlisted || desired.drops(table) || desired.drops(ObjectRef.of(Kind.VIEW, want.name(), o.table()))) {
            return true;
        }
        if (!desired.drops(o.ref(want.name()))) unmanaged.add(o.ref(want.name()));
        return !desired.drops(o.ref(want.name()));
    }

    /**
     * The object compared without its indexes, which are compared as a table's (see {@code ObjectKind.indexes}): an
     * index alone is an index step, never a new object. Recreated, the object comes back without its indexes, and
     * each is created again after it.
     */
    private void alter(String s, SchemaObject have, SchemaObject want) {
        ObjectKind<?> kind = Kinds.of(want);
        SchemaObject from = bare(have), to = bare(want);
        int before = changes.size();
        if (!from.equals(to)) changes.add(new AlterObject(s, from, to, usedBy(s, have)));
        if (!from.equals(to) && kind.recreatesAny(from, to)) {
            kind.indexesAny(want).forEach(ix -> changes.add(new Change.CreateIndex(s, want.name(), ix)));
        } else if (kind.hasIndexes()) {
            TableDiffer.indexes(s, want.name(), kind.indexesAny(have), kind.indexesAny(want), ix -> ix, changes);
        }
        if (changes.size() == before) inSync.add(want.ref(s));
    }

    private static SchemaObject bare(SchemaObject o) {
        ObjectKind<?> kind = Kinds.of(o);
        return kind.hasIndexes() ? kind.withIndexesAny(o, List.of()) : o;
    }

    /**
     * The live object a desired one is {@code renamed_from}: it exists under the old name, and the YAML does not
     * define that name too (the same conditions as for tables).
     */
    private static java.util.Optional<SchemaObject> renamedSource(Schema have, Schema want, SchemaObject o) {
        return Kinds.of(o).renamedFromAny(o)
                .filter(old -> want.object(o.refKind(), old).isEmpty())
                .flatMap(old -> have.object(o.refKind(), old));
    }

    /**
     * The live columns, in any managed schema, whose type is the live object (or an array of it, or a type over it),
     * under its live name (a renamed type's columns still name the old one).
     */
    private List<TypeUse> usedBy(String schema, SchemaObject o) {
        if (!Kinds.of(o).isType()) return List.of();
        return ColumnTypes.using(live, schema, o.name());
    }

    /** The columns that still use the object when it is dropped, after this plan drops or converts the others. */
    private List<TypeUse> stillUsedBy(String schema, SchemaObject o) {
        if (!Kinds.of(o).isType()) return List.of();
        return ColumnTypes.remaining(live, desired, schema, o.name());
    }

    private void extensions(Schema have, Schema want) {
        Set<String> wanted = new HashSet<>();
        for (var ext : want.extensions()) {
            wanted.add(ext.name());
            var installed = have.extensions().stream().filter(e -> e.name().equals(ext.name())).findFirst();
            if (installed.isEmpty()) {
                changes.add(new CreateExtension(want.name(), ext));
            } else if (ext.version() != null && !ext.version().equals(installed.get().version())) {
                // A version the YAML names is kept; without one, whatever the server installed is fine.
                changes.add(new Change.UpdateExtension(want.name(), installed.get(), ext));
            }
        }
        have.extensions().stream().filter(e -> !wanted.contains(e.name()))
                .forEach(e -> unmanaged.add(ObjectRef.of(Kind.EXTENSION, have.name(), e.name())));
    }

    private void enums(Schema have, Schema want) {
        String s = want.name();
        enumRenames.types().stream().filter(t -> t.schema().equals(s))
                .forEach(t -> changes.add(new Change.RenameEnum(s, t.from(), t.to())));
        enumRenames.values().stream().filter(v -> v.schema().equals(s))
                .forEach(v -> changes.add(new Change.RenameEnumValue(s, v.type(), v.from(), v.to())));
        for (EnumType e : want.enums()) {
            var old = have.enumType(e.name());
            if (old.isEmpty()) changes.add(new CreateEnum(s, e));
            else enumValues(s, old.get(), e);
        }
        have.enums().stream().filter(e -> want.enumType(e.name()).isEmpty())
                .forEach(e -> unlisted(ObjectRef.of(Kind.TYPE, s, e.name()), new DropEnum(s, e)));
    }

    /**
     * New labels are added in place (ALTER TYPE ... ADD VALUE ... BEFORE/AFTER); removing or reordering labels
     * makes the type again and converts its columns ({@link EnumRecreation}). {@code have} reads as after the
     * declared renames.
     */
    private void enumValues(String schema, EnumType have, EnumType want) {
        ObjectRef ref = ObjectRef.of(Kind.TYPE, schema, want.name());
        List<String> kept = want.values().stream().filter(have.values()::contains).toList();
        boolean renamed = enumRenames.types().stream().anyMatch(t -> t.schema().equals(schema) && t.to().equals(want.name()))
                || enumRenames.values().stream().anyMatch(v -> v.schema().equals(schema) && v.type().equals(want.name()));
        if (!kept.equals(have.values())) {
            changes.add(EnumRecreation.of(live, desired, renames, schema, have, want));
        } else {
            addEnumValues(schema, have, want);
        }
        if (!Objects.equals(have.comment(), want.comment())) {
            changes.add(new SetComment(ref, have.comment(), want.comment()));
        }
        if (!renamed && want.values().equals(have.values()) && Objects.equals(have.comment(), want.comment())) {
            inSync.add(ref);
        }
    }

    private void addEnumValues(String schema, EnumType have, EnumType want) {
        List<String> present = new ArrayList<>(have.values());
        List<String> values = want.values();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (present.contains(v)) continue;
            String next = values.subList(i + 1, values.size()).stream().filter(present::contains).findFirst().orElse(null);
            String prev = i > 0 ? values.get(i - 1) : null;
            changes.add(next != null ? new AddEnumValue(schema, want.name(), v, next, null)
                    : new AddEnumValue(schema, want.name(), v, null, prev));
            present.add(next != null ? present.indexOf(next) : present.size(), v);
        }
    }

    private void sequences(Schema have, Schema want) {
        String s = want.name();
        for (Sequence seq : want.sequences()) {
            var old = have.sequence(seq.name());
            ObjectRef ref = ObjectRef.of(Kind.SEQUENCE, s, seq.name());
            if (old.isEmpty()) createSequence(s, seq);
            else if (!old.get().equals(seq.withComment(old.get().comment()))) changes.add(new AlterSequence(s, old.get(), seq));
            else if (Objects.equals(old.get().comment(), seq.comment())) inSync.add(ref);
            if (old.isPresent() && !Objects.equals(old.get().comment(), seq.comment())) {
                changes.add(new SetComment(ref, old.get().comment(), seq.comment()));
            }
        }
        // A serial's sequence that an earlier rename left behind belongs to its column again (see TableDiffer).
        Set<String> strayed = SerialSequences.strayed(have, want);
        have.sequences().stream().filter(q -> want.sequence(q.name()).isEmpty() && !strayed.contains(q.name()))
                .forEach(q -> unlisted(ObjectRef.of(Kind.SEQUENCE, s, q.name()), new DropSequence(s, q)));
    }

    /** OWNED BY needs the table, which is created later: it becomes an ALTER after the tables. */
    private void createSequence(String s, Sequence seq) {
        changes.add(new CreateSequence(s, seq.withOwnedBy(null)));
        if (seq.ownedBy() != null) changes.add(new AlterSequence(s, seq.withOwnedBy(null), seq));
    }

    private void tables(Schema have, Schema want) {
        Set<String> matched = new HashSet<>();
        SerialSequences serials = new SerialSequences(have);
        Map<String, String> renamed = Renames.tableRenames(have, want);
        for (Table t : want.tables()) {
            if (repartitions.remade(want.name(), t.name())) {
                // Dropped (with its partitioned table) and created anew.
                var root = repartitions.root(want.name(), t.name());
                if (root != null) changes.add(root);
                if (have.table(t.name()).isPresent()) matched.add(t.name());
                new TableDiffer(want.name(), changes, renames, have, serials).diff(null, t);
                continue;
            }
            // A live table renamed away is not the wanted table that takes its old name: that one is new.
            Table old = Renames.liveTable(have, renamed, t);
            int before = changes.size();
            if (old != null && !old.name().equals(t.name())) {
                changes.add(new Change.RenameTable(want.name(), old.name(), t.name()));
            }
            if (old != null) matched.add(old.name());
            new TableDiffer(want.name(), changes, renames, have, serials).diff(old, t);
            if (changes.size() == before) inSync.add(ObjectRef.of(Kind.TABLE, want.name(), t.name()));
        }
        have.tables().stream().filter(t -> !matched.contains(t.name()))
                .filter(t -> !repartitions.remade(want.name(), t.name()))
                .filter(t -> !goesWithParent(have, want, matched, t))
                .forEach(t -> unlisted(ObjectRef.of(Kind.TABLE, want.name(), t.name()), new DropTable(want.name(), t)));
    }

    /** A partition of a table this plan drops: DROP TABLE of its partitioned table drops it too (and counts its rows). */
    private boolean goesWithParent(Schema have, Schema want, Set<String> matched, Table t) {
        String parent = t.partitioning().parent();
        String parentSchema = t.partitioning().parentSchemaOr(have.name());
        if (parent == null) return false;
        if (!parentSchema.equals(have.name())) {
            // A partition of a table of another schema: it goes when that table is dropped, with its partitions.
            var p = live.table(parentSchema, parent);
            return p.isPresent() && desired.table(parentSchema, parent).isEmpty()
                    && (dropUnlisted || desired.drops(ObjectRef.of(Kind.TABLE, parentSchema, parent)));
        }
        if (matched.contains(parent)) return false;
        var p = have.table(parent);
        if (p.isEmpty()) return false;
        boolean dropped = dropUnlisted || desired.drops(ObjectRef.of(Kind.TABLE, want.name(), parent));
        return dropped || goesWithParent(have, want, matched, p.get());
    }
}
