package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.AlterObject;
import io.schemasync.diff.Change.DetachDependent;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.OnRenamedTables;
import io.schemasync.diff.Change.ReattachDependent;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.ViewRead;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Replace with dependents: PostgreSQL will not change a column's type, drop a column, or drop a view, materialized
 * view or function (to create it again) while views read it (2BP01, 0A000 "used by a view or rule"). The views and
 * materialized views that read it in the live database (pg_depend, {@link Target#viewReads}), and those that read
 * them in turn, are dropped before the change and created again after it, in the same transaction, as the YAML
 * defines them (their comments, options and, for materialized views, indexes come back with them); triggers that
 * call a function created anew likewise. A view the YAML does not manage cannot be created again: the change is
 * refused, naming it, instead of failing at apply.
 */
public final class Dependents {
    /**
     * @param changes   the changes with the dependents' drops and creates added (and a dependent's own change of
     *                  the YAML folded into them)
     * @param blockers  by the target of a change: why it cannot run (live objects that would be lost)
     * @param recreates by the target of a change: the objects dropped before it and created again after it
     */
    record Result(List<Change> changes, Map<ObjectRef, List<String>> blockers, Map<ObjectRef, List<String>> recreates,
                  Set<ObjectRef> named) {
        static Result none(List<Change> changes) {
            return new Result(changes, Map.of(), Map.of(), Set.of());
        }
    }

    /**
     * A change that cannot run while what reads {@code reads} exists; the views in {@code exempt} stop reading it
     * by their own change, which goes first.
     */
    private record Cause(ObjectRef target, Predicate<ViewRead> reads, String verb, Set<ObjectRef> exempt,
                         boolean function) {
        Cause(ObjectRef target, Predicate<ViewRead> reads, String verb) {
            this(target, reads, verb, Set.of(), false);
        }

        Cause(ObjectRef target, Predicate<ViewRead> reads, String verb, Set<ObjectRef> exempt) {
            this(target, reads, verb, exempt, false);
        }
    }

    private Dependents() {}

    /**
     * The objects {@link #expand} would drop and create again for {@code changes}, and the generated columns the plan
     * drops and adds again: what the access diff must treat as new (they lose their owner and grants).
     */
    public static java.util.Set<ObjectRef> recreated(List<Change> changes, Database live, List<ObjectRef> unmanaged,
                                                     List<ViewRead> reads, int serverMajor) {
        java.util.Set<ObjectRef> out = new java.util.HashSet<>();
        GeneratedColumns generated = GeneratedColumns.of(changes, live,
                new io.schemasync.kinds.StepOut.Capabilities(serverMajor));
        List<Change> kept = changes.stream().filter(c -> !generated.folded(c)).toList();
        out.addAll(generated.columns());
        for (Change c : expand(kept, live, unmanaged, reads, generated).changes()) {
            if (c instanceof Change.ReattachDependent r) out.add(r.target());
        }
        return out;
    }

    static Result expand(List<Change> changes, Database live, List<ObjectRef> unmanaged, List<ViewRead> reads,
                         GeneratedColumns generated) {
        List<Cause> causes = new ArrayList<>(causes(changes, generated));
        if (causes.isEmpty()) return Result.none(changes);
        Set<String> dropped = dropped(changes);
        // Each dependent view with the changes it must go around, in the order found (sorted below).
        Map<ObjectRef, Set<ObjectRef>> dependents = new TreeMap<>(Comparator.comparing(ObjectRef::toString));
        // A view found because it reads another view of the plan's: that view.
        Map<ObjectRef, ObjectRef> via = new HashMap<>();
        Map<ObjectRef, List<String>> blockers = new LinkedHashMap<>();
        // The function's own step names the live objects that call it and keep it from being dropped.
        Map<ObjectRef, Set<ObjectRef>> namedByFunction = new HashMap<>();
        for (Cause cause : causes) {
            if (cause.function()) {
                namedByFunction.put(cause.target(), reads.stream().filter(cause.reads()).map(ViewRead::viewRef)
                        .collect(java.util.stream.Collectors.toSet()));
            }
            for (ObjectRef view : readers(cause, reads, dropped, via)) {
                dependents.computeIfAbsent(view, v -> new LinkedHashSet<>()).add(cause.target());
            }
        }
        List<Change> out = new ArrayList<>(changes);
        Map<ObjectRef, List<String>> recreates = new LinkedHashMap<>();
        Set<ObjectRef> named = new HashSet<>();
        Map<ObjectRef, String> verbs = new HashMap<>();
        causes.forEach(c -> verbs.put(c.target(), c.verb()));
        for (var entry : dependents.entrySet()) {
            ObjectRef view = entry.getKey();
            // A view that is itself dropped and created again is no change of its own any more: its readers go
            // around what it goes around.
            List<ObjectRef> because = entry.getValue().stream().filter(c -> !dependents.containsKey(c)).toList();
            Optional<SchemaObject> object = live.schema(view.schema()).flatMap(s -> s.object(view.kind(), view.name()));
            if (object.isEmpty() || unmanaged.contains(view)) {
                named.add(view);
                for (ObjectRef cause : because) {
                    if (namedByFunction.getOrDefault(cause, Set.of()).contains(view)) continue;
                    String what = via.containsKey(view) ? "reads " + via.get(view) + ", which must be dropped and"
                            + " created again around this change," : "reads it";
                    String cannot = via.containsKey(view) ? "PostgreSQL cannot drop that view while it exists"
                            : "PostgreSQL cannot " + verbs.get(cause) + " while it exists";
                    blockers.computeIfAbsent(cause, c -> new ArrayList<>()).add(view + " " + what + " and is not in"
                            + " the YAML: " + cannot + ", and schemasync creates again only what the YAML defines"
                            + " (add " + view + " to the YAML, or drop it first)");
                }
                continue;
            }
            Optional<String> lost = lostWith(live, view, unmanaged);
            if (lost.isPresent()) {
                named.add(view);
                for (ObjectRef cause : because) blockers.computeIfAbsent(cause, c -> new ArrayList<>()).add(lost.get());
                continue;
            }
            if (!reattach(out, view, object.get(), because, blockers)) continue;
            for (ObjectRef cause : because) recreates.computeIfAbsent(cause, c -> new ArrayList<>()).add(view.toString());
        }
        functionDependents(out, live, unmanaged, recreates);
        tableObjectsReading(out, live, unmanaged, blockers, recreates);
        onRecreatedViews(out, live, unmanaged, blockers, recreates);
        return new Result(out, blockers, recreates, named);
    }

    /** The changes that cannot run while views read what they change. */
    private static List<Cause> causes(List<Change> changes, GeneratedColumns generated) {
        OnRenamedTables renamed = OnRenamedTables.of(changes);
        List<Cause> out = new ArrayList<>();
        for (Change c : changes) {
            switch (c) {
                // A generated column dropped and added again (its own new expression before 17, or under a column
                // whose type changes) is gone for a moment too: what reads it goes around.
                case AlterColumn a when !a.from().type().equals(a.to().type())
                        || !generated.of(a.target()).isEmpty() -> {
                    String table = renamed.liveTableName(a.schema(), a.table());
                    Set<String> names = new HashSet<>(generated.liveNames(a.target()));
                    boolean retyped = !a.from().type().equals(a.to().type());
                    if (retyped) names.addAll(List.of(a.from().name(), a.to().name()));
                    out.add(new Cause(a.target(), r -> !r.function() && r.refSchema().equals(a.schema())
                            && r.refName().equals(table) && names.contains(r.refColumn()),
                            retyped ? "change its type" : "drop it and add it again"));
                }
                case DropColumn d -> {
                    String table = renamed.liveTableName(d.schema(), d.table());
                    out.add(new Cause(d.target(), r -> !r.function() && r.refSchema().equals(d.schema())
                            && r.refName().equals(table) && d.column().name().equals(r.refColumn()), "drop it",
                            stopReading(changes, d.column().name())));
                }
                // An enum made again converts its columns to the new type: what reads them goes around, and no longer
                // keeps the old type from being dropped (EnumSteps' check of other uses leaves the detached out).
                case Change.RecreateEnum e when !e.columns().isEmpty() -> {
                    Set<String> converted = new HashSet<>();
                    e.columns().forEach(col -> converted.add(col.schema() + "\0" + col.liveTable() + "\0"
                            + col.liveColumn()));
                    out.add(new Cause(e.target(), r -> !r.function() && r.refColumn() != null
                            && converted.contains(r.refSchema() + "\0" + r.refName() + "\0" + r.refColumn()),
                            "change the type of the column it reads"));
                }
                case Change.RepartitionTable r -> {
                    Set<String> gone = new HashSet<>(List.of(r.schema() + "\0" + r.table().name()));
                    r.partitions().forEach(p -> gone.add(p.schema() + "\0" + p.name()));
                    out.add(new Cause(r.target(), v -> !v.function() && gone.contains(v.refSchema() + "\0" + v.refName()),
                            "drop it to create it again"));
                }
                case AlterObject a when Kinds.of(a.to()).recreatesUnderDependentsAny(a.from(), a.to()) -> {
                    boolean relation = Kinds.of(a.to()).isRelation();
                    String name = a.from().name();
                    out.add(new Cause(a.target(), r -> r.function() != relation && r.refSchema().equals(a.schema())
                            && r.refName().equals(name), "drop it to create it again", Set.of(), !relation));
                }
                default -> { }
            }
        }
        return out;
    }

    /**
     * The views the plan changes into a query that no longer names {@code column}: their own step (CREATE OR
     * REPLACE, or their drop and create) goes before the column's drop, and nothing needs to go around it.
     */
    private static Set<ObjectRef> stopReading(List<Change> changes, String column) {
        Set<ObjectRef> out = new HashSet<>();
        for (Change c : changes) {
            if (!(c instanceof AlterObject a) || !Kinds.of(a.to()).isRelation()) continue;
            ObjectKind<?> kind = Kinds.of(a.to());
            boolean names = kind.columnsReadAny(a.schema(), a.to()).stream().anyMatch(r -> column.equals(r.name()))
                    || kind.dependsOnAny(a.schema(), a.to()).stream().anyMatch(r -> column.equals(r.name()));
            if (!names) out.add(a.from().ref(a.schema()));
        }
        return out;
    }

    /** The views and routines the plan drops (a routine's name holds its argument types: no view has it). */
    private static Set<String> dropped(List<Change> changes) {
        Set<String> out = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.DropObject d && (Kinds.of(d.object()).isRelation() || isRoutine(d.target()))) {
                out.add(d.schema() + "\0" + d.object().name());
            }
        }
        return out;
    }

    private static boolean isRoutine(ObjectRef ref) {
        return ref.kind() == ObjectRef.Kind.FUNCTION || ref.kind() == ObjectRef.Kind.PROCEDURE;
    }

    /**
     * The views and routines with SQL-standard bodies that read what the cause changes, and those that read them
     * (a view reads a view, a routine or a view calls a routine), but none the plan drops.
     */
    private static List<ObjectRef> readers(Cause cause, List<ViewRead> reads, Set<String> dropped,
                                           Map<ObjectRef, ObjectRef> via) {
        Set<ObjectRef> found = new LinkedHashSet<>();
        Deque<ObjectRef> todo = new ArrayDeque<>();
        reads.stream().filter(cause.reads()).map(ViewRead::viewRef).forEach(todo::add);
        Set<ObjectRef> direct = Set.copyOf(todo);
        while (!todo.isEmpty()) {
            ObjectRef view = todo.poll();
            if (view.equals(cause.target()) || cause.exempt().contains(view)
                    || dropped.contains(view.schema() + "\0" + view.name())) continue;
            if (!found.add(view)) continue;
            boolean routine = isRoutine(view);
            reads.stream().filter(r -> r.function() == routine && r.refSchema().equals(view.schema())
                    && r.refName().equals(view.name())).map(ViewRead::viewRef).forEach(reader -> {
                        if (!direct.contains(reader)) via.putIfAbsent(reader, view);
                        todo.add(reader);
                    });
        }
        return List.copyOf(found);
    }

    /**
     * What dropping the view would lose that creating it again cannot bring back: triggers on it (INSTEAD OF) that
     * the YAML does not define. Those it defines are dropped and created again with it ({@link #onRecreatedViews}).
     */
    private static Optional<String> lostWith(Database live, ObjectRef view, List<ObjectRef> unmanaged) {
        List<SchemaObject> objects = live.schema(view.schema()).map(Schema::objects).orElse(List.of());
        return objects.stream().filter(o -> view.name().equals(o.table()))
                .filter(o -> !Kinds.of(o).onViews() || !Kinds.of(o).canReattach()
                        || unmanaged.contains(o.ref(view.schema())))
                .map(o -> o.ref(view.schema()) + " is on " + view + ", which must be dropped and created again around"
                        + " this change, and the YAML does not define it to create it again (add it under the view's"
                        + " triggers:, or drop it first)").findFirst();
    }

    /**
     * A view dropped and created again, around a change beneath it or by its own change, loses its triggers
     * (PostgreSQL drops them with it): those the YAML defines are dropped before it and created again after it;
     * one it does not define refuses the change that recreates the view, by name.
     */
    private static void onRecreatedViews(List<Change> out, Database live, List<ObjectRef> unmanaged,
                                         Map<ObjectRef, List<String>> blockers,
                                         Map<ObjectRef, List<String>> recreates) {
        for (Change c : List.copyOf(out)) {
            String schema;
            SchemaObject view;
            List<ObjectRef> because;
            if (c instanceof DetachDependent d && d.object().refKind() == ObjectRef.Kind.VIEW) {
                schema = d.schema();
                view = d.object();
                because = d.because();
            } else if (c instanceof AlterObject a && a.from().refKind() == ObjectRef.Kind.VIEW
                    && Kinds.of(a.to()).recreatesAny(a.from(), a.to())) {
                schema = a.schema();
                view = a.from();
                because = List.of(a.target());
                Optional<String> lost = lostWith(live, view.ref(schema), unmanaged);
                if (lost.isPresent()) {
                    blockers.computeIfAbsent(a.target(), k -> new ArrayList<>()).add(lost.get());
                    continue;
                }
            } else {
                continue;
            }
            for (SchemaObject raw : live.schema(schema).map(Schema::objects).orElse(List.of())) {
                if (!view.name().equals(raw.table()) || !Kinds.of(raw).onViews()) continue;
                aroundChange(out, schema, raw, because, recreates);
            }
        }
    }

    /**
     * Replaces the view's own change of the YAML (if any) with a drop before the causes and a create after them; a
     * materialized view's indexes are created again after it (those the YAML changes as well, only when its own
     * change recreates it: its indexes are then all created anew).
     */
    private static boolean reattach(List<Change> out, ObjectRef view, SchemaObject liveObject, List<ObjectRef> because,
                                    Map<ObjectRef, List<String>> blockers) {
        ObjectKind<?> kind = Kinds.of(liveObject);
        String schema = view.schema();
        SchemaObject bare = kind.hasIndexes() ? kind.withIndexesAny(liveObject, List.of()) : liveObject;
        Optional<AlterObject> own = out.stream().filter(c -> c instanceof AlterObject a && a.schema().equals(schema)
                && a.from().refKind() == view.kind() && a.from().name().equals(view.name()))
                .map(AlterObject.class::cast).findFirst();
        SchemaObject to = own.map(AlterObject::to).orElse(bare);
        SchemaObject from = own.map(AlterObject::from).orElse(bare);
        boolean indexesAnew = own.isPresent() && kind.recreatesAny(own.get().from(), own.get().to());
        if (kind.hasIndexes() && !indexesAnew && changesIndexesOf(out, schema, view.name())) {
            for (ObjectRef cause : because) {
                blockers.computeIfAbsent(cause, c -> new ArrayList<>()).add(view + " must be dropped and created"
                        + " again around this change, and the YAML changes its indexes too: make the index changes"
                        + " in a plan of their own first");
            }
            return false;
        }
        own.ifPresent(out::remove);
        out.add(new DetachDependent(schema, from, because));
        out.add(new ReattachDependent(schema, to, because, !to.equals(from)));
        if (kind.hasIndexes() && !indexesAnew) {
            for (Index ix : kind.indexesAny(liveObject)) out.add(new Change.CreateIndex(schema, view.name(), ix));
        }
        return true;
    }

    private static boolean changesIndexesOf(List<Change> changes, String schema, String relation) {
        return changes.stream().anyMatch(c -> c.target().kind() == ObjectRef.Kind.INDEX
                && schema.equals(c.target().schema()) && relation.equals(c.target().table()));
    }

    /**
     * A function created anew: triggers that call it are dropped before it and created again after it too, and the
     * function's step no longer counts what this plan drops first among what keeps it from being dropped. What
     * remains there (a default, a check, an index, an object the YAML does not manage) refuses the step by name.
     */
    private static void functionDependents(List<Change> out, Database live, List<ObjectRef> unmanaged,
                                           Map<ObjectRef, List<String>> recreates) {
        List<Change> snapshot = List.copyOf(out);
        for (Change c : snapshot) {
            if (!(c instanceof AlterObject a) || Kinds.of(a.to()).isRelation()
                    || !Kinds.of(a.to()).recreatesUnderDependentsAny(a.from(), a.to())) continue;
            Set<String> described = new HashSet<>();
            for (Change d : out) {
                if (d instanceof DetachDependent dd && dd.because().contains(a.target())) {
                    described.addAll(Kinds.of(dd.object()).describedAsAny(dd.schema(), dd.object()));
                }
            }
            triggersOf(out, live, unmanaged, a, described, recreates);
            if (described.isEmpty()) continue;
            int at = out.indexOf(a);
            out.set(at, new AlterObject(a.schema(), Kinds.of(a.from()).withoutDependentsAny(a.from(), described),
                    a.to(), a.usedBy()));
        }
    }

    /** The managed live triggers among the function's live dependents: dropped and created again around it. */
    private static void triggersOf(List<Change> out, Database live, List<ObjectRef> unmanaged, AlterObject function,
                                   Set<String> described, Map<ObjectRef, List<String>> recreates) {
        Set<String> dependents = Set.copyOf(Kinds.of(function.from()).liveDependentsAny(function.from()));
        for (Schema s : live.schemas()) {
            for (SchemaObject o : s.objects()) {
                ObjectKind<?> kind = Kinds.of(o);
                if (!kind.canReattach() || kind.isRelation() || unmanaged.contains(o.ref(s.name()))) continue;
                Set<String> names = kind.describedAsAny(s.name(), o);
                if (names.stream().noneMatch(dependents::contains)) continue;
                if (aroundChange(out, s.name(), o, List.of(function.target()), recreates)) described.addAll(names);
            }
        }
    }

    /**
     * A column whose type changes: PostgreSQL refuses ALTER COLUMN TYPE while a trigger's condition or UPDATE OF
     * names it (0A000 "used in a trigger definition"), so the managed live triggers of the table that read it are
     * dropped before the change and created again after it; an unmanaged one refuses the change by name.
     */
    private static void tableObjectsReading(List<Change> out, Database live, List<ObjectRef> unmanaged,
                                            Map<ObjectRef, List<String>> blockers,
                                            Map<ObjectRef, List<String>> recreates) {
        OnRenamedTables renamed = OnRenamedTables.of(out);
        for (Change c : List.copyOf(out)) {
            if (!(c instanceof AlterColumn a) || a.from().type().equals(a.to().type())) continue;
            Set<String> columns = new HashSet<>(List.of(a.from().name(), a.to().name()));
            for (SchemaObject raw : live.schema(a.schema()).map(Schema::objects).orElse(List.of())) {
                ObjectKind<?> kind = Kinds.of(raw);
                if (!kind.belongsToTable() || kind.isRelation()) continue;
                SchemaObject o = renamed.map(a.schema(), raw);
                if (!a.table().equals(o.table()) || kind.columnsReadAny(a.schema(), o).stream()
                        .noneMatch(r -> columns.contains(r.name()))) continue;
                if (!kind.canReattach() || unmanaged.contains(o.ref(a.schema()))) {
                    ObjectRef ref = o.ref(a.schema());
                    blockers.computeIfAbsent(a.target(), k -> new ArrayList<>()).add(ref + " reads it and "
                            + (kind.canReattach() ? "is not in the YAML: PostgreSQL cannot change its type while it"
                            + " exists, and schemasync creates again only what the YAML defines (add " + ref
                            + " to the YAML, or drop it first)" : "cannot be created again by schemasync: PostgreSQL"
                            + " cannot change the type while it exists (drop it first, and create it again after the"
                            + " apply)"));
                    continue;
                }
                aroundChange(out, a.schema(), raw, List.of(a.target()), recreates);
            }
        }
    }

    /**
     * Drops the live object {@code raw} before {@code cause} and creates it again after it, as the YAML defines it
     * where the plan changes it too (its own change is folded in). It is named as it reads after the plan's table
     * renames, which both statements then follow (they need the table by its new name). False when the plan drops
     * it anyway, or already goes around it.
     */
    private static boolean aroundChange(List<Change> out, String schema, SchemaObject raw, List<ObjectRef> because,
                                        Map<ObjectRef, List<String>> recreates) {
        SchemaObject o = OnRenamedTables.of(out).map(schema, raw);
        if (out.stream().anyMatch(c -> c instanceof Change.DropObject d && d.schema().equals(schema)
                && (d.object().equals(o) || d.object().equals(raw)))) return false;
        if (out.stream().anyMatch(c -> c instanceof DetachDependent d && d.schema().equals(schema)
                && d.object().equals(o))) return false;
        Optional<AlterObject> own = out.stream().filter(c -> c instanceof AlterObject x && x.schema().equals(schema)
                && x.from().equals(o)).map(AlterObject.class::cast).findFirst();
        own.ifPresent(out::remove);
        out.add(new DetachDependent(schema, o, because));
        out.add(new ReattachDependent(schema, own.map(AlterObject::to).orElse(o), because, own.isPresent()));
        for (ObjectRef cause : because) {
            recreates.computeIfAbsent(cause, k -> new ArrayList<>()).add(o.ref(schema).toString());
        }
        return true;
    }
}
