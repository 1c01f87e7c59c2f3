package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.model.ObjectRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the changes of a plan by what they create, need, drop and release (see {@link Effects}): a create
 * before whatever needs it, whatever stops using an object before its drop, the drop of a name before a new
 * object takes it. Where the graph leaves a choice, the order by kind ({@link Planner#stage}) and then the order
 * of the diff decide, so plans are stable.
 */
final class StepOrder {
    private StepOrder() {}

    static List<Change> of(List<Change> changes) {
        return of(changes, GeneratedColumns.none());
    }

    /**
     * @param generated the generated columns that a column's step drops and adds again: that step creates them too,
     *                  so what reads them (a new view) comes after it
     */
    static List<Change> of(List<Change> changes, GeneratedColumns generated) {
        int n = changes.size();
        List<Effects> effects = effects(changes, generated);
        Graph graph = new Graph(n);
        Map<String, List<Integer>> creators = index(effects, Effects::creates);
        Map<String, List<Integer>> droppers = index(effects, Effects::drops);
        // Every "create before what needs it" edge first: the edges below give way to them (hasEdge), whatever the
        // order of the changes (a type renamed and made again in one plan would otherwise be a circle).
        for (int b = 0; b < n; b++) {
            for (Ident need : effects.get(b).needs()) {
                // A rename needs the object that is there before the plan; a new object that takes the old name
                // (a column renamed away and added anew) is created after it, by the edges below.
                if (isRename(changes.get(b)) && effects.get(b).drops().contains(need)) continue;
                for (int a : matching(creators, effects, Effects::creates, need)) {
                    // A dependent dropped for a moment needs what is there before the plan (a trigger its view), never
                    // what a dependent created again after the changes makes.
                    if (changes.get(a) instanceof Change.ReattachDependent
                            && changes.get(b) instanceof Change.DetachDependent) continue;
                    graph.edge(a, b);
                }
            }
        }
        for (int b = 0; b < n; b++) {
            for (Ident released : effects.get(b).releases()) {
                for (int a : matching(droppers, effects, Effects::drops, released)) {
                    if (!isRename(changes.get(a))) graph.edge(b, a);
                }
            }
            for (Ident created : effects.get(b).creates()) {
                for (int a : matching(droppers, effects, Effects::drops, created)) {
                    if (a != b && !graph.hasEdge(b, a)) graph.edge(a, b);
                }
            }
        }
        aroundCauses(changes, graph);
        detachedBeforeNewTypes(changes, effects, creators, graph);
        Comparator<Integer> tieBreak = Comparator.<Integer>comparingInt(i -> Planner.stage(changes.get(i)))
                .thenComparingInt(i -> i);
        return graph.order(tieBreak, i -> describe(changes.get(i))).stream().map(changes::get).toList();
    }

    /**
     * A dependent dropped for a moment goes before the changes it makes way for, and is created again after them:
     * they name no object in common that the graph could order them by (a column's new type is not the view).
     */
    private static void aroundCauses(List<Change> changes, Graph graph) {
        for (int d = 0; d < changes.size(); d++) {
            List<ObjectRef> because = switch (changes.get(d)) {
                case Change.DetachDependent x -> x.because();
                case Change.ReattachDependent x -> x.because();
                default -> List.of();
            };
            if (because.isEmpty()) continue;
            boolean detach = changes.get(d) instanceof Change.DetachDependent;
            for (int c = 0; c < changes.size(); c++) {
                Change cause = changes.get(c);
                if (cause instanceof Change.DetachDependent || cause instanceof Change.ReattachDependent) continue;
                if (!because.contains(cause.target())) continue;
                if (detach) graph.edge(d, c);
                else graph.edge(c, d);
            }
        }
    }

    /**
     * A foreign key dropped for a moment goes before every new type of a column it uses: PostgreSQL would otherwise
     * check it again under the type change ({@link Rebuilds#aroundTypeChanges}). The new type creates the column for
     * the graph, and the foreign key only releases it, which orders nothing by itself.
     */
    private static void detachedBeforeNewTypes(List<Change> changes, List<Effects> effects,
                                               Map<String, List<Integer>> creators, Graph graph) {
        for (int d = 0; d < changes.size(); d++) {
            if (!(changes.get(d) instanceof Change.DetachForeignKey)) continue;
            for (Ident used : effects.get(d).releases()) {
                for (int a : matching(creators, effects, Effects::creates, used)) {
                    if (changes.get(a) instanceof Change.AlterColumn && !graph.hasEdge(a, d)) graph.edge(d, a);
                }
            }
        }
    }

    /**
     * A rename keeps the object, and PostgreSQL follows it wherever the object is used (a view reads the renamed
     * column): nothing has to stop using it first. A view that names the new name goes after the rename.
     */
    private static boolean isRename(Change c) {
        return c instanceof Change.RenameColumn || c instanceof Change.RenameTable || c instanceof Change.RenameIndex
                || c instanceof Change.RenameConstraint || c instanceof Change.RenameSequence
                || c instanceof Change.AlterObject a && !a.from().name().equals(a.to().name());
    }

    /**
     * For each change of an ordered plan, the earlier changes that create something it needs: a change whose step
     * runs after the commit carries the ones that need it there too ({@link Planner}).
     */
    static List<java.util.Set<Integer>> suppliers(List<Change> ordered, GeneratedColumns generated) {
        List<Effects> effects = effects(ordered, generated);
        Map<String, List<Integer>> creators = index(effects, Effects::creates);
        List<java.util.Set<Integer>> out = new ArrayList<>();
        for (int b = 0; b < ordered.size(); b++) {
            java.util.Set<Integer> from = new java.util.TreeSet<>();
            for (Ident need : effects.get(b).needs()) {
                for (int a : matching(creators, effects, Effects::creates, need)) if (a != b) from.add(a);
            }
            out.add(from);
        }
        return out;
    }

    private static List<Effects> effects(List<Change> changes, GeneratedColumns generated) {
        return changes.stream().map(c -> Effects.of(c).creating(generated.creates(c))).toList();
    }

    private static String describe(Change c) {
        return c.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " " + c.target();
    }

    private static Map<String, List<Integer>> index(List<Effects> effects,
                                                    java.util.function.Function<Effects, List<Ident>> side) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < effects.size(); i++) {
            for (Ident id : side.apply(effects.get(i))) {
                List<Integer> list = out.computeIfAbsent(id.bucket(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) list.add(i);
            }
        }
        return out;
    }

    private static List<Integer> matching(Map<String, List<Integer>> index, List<Effects> effects,
                                          java.util.function.Function<Effects, List<Ident>> side, Ident wanted) {
        List<Integer> out = new ArrayList<>();
        for (int i : index.getOrDefault(wanted.bucket(), List.of())) {
            if (side.apply(effects.get(i)).stream().anyMatch(wanted::matches)) out.add(i);
        }
        return out;
    }
}
