package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.Check;
import io.schemasync.proofs.PairSpec.MatView;
import io.schemasync.proofs.PairSpec.Table;

import java.util.ArrayList;
import java.util.List;

import static io.schemasync.proofs.PairMutations.set;

/** The mutations of materialized views (see {@link PairMutations}). */
final class MatViewMutations {
    private MatViewMutations() {}

    static Mutation make(PairGenerator g, PairSpec s) {
        if (s.matviews.isEmpty() || g.chance(0.25)) return add(g, s);
        String name = g.pick(new ArrayList<>(s.matviews.keySet()));
        MatView m = s.matviews.get(name);
        Table t = s.tables.get(m.table);
        return switch (g.r.nextInt(6)) {
            case 0 -> new Mutation("drop materialized view " + name, true, x -> {
                MatView gone = x.matviews.remove(name);
                if (gone == null) return false;
                x.drop("materialized_views", gone.renamedFrom == null ? name : gone.renamedFrom);
                return true;
            });
            case 1 -> {
                Check where = g.chance(0.3) ? null : g.condition(t, g.pick(new ArrayList<>(t.cols.keySet())));
                yield new Mutation("where of materialized view " + name + ": " + where, false, x -> {
                    MatView v = x.matviews.get(name);
                    if (v == null || where != null && (x.tables.get(v.table) == null
                            || !x.tables.get(v.table).cols.containsKey(where.col()))) return false;
                    v.where = where;
                    return true;
                });
            }
            case 2 -> {
                String to = g.freshName(s, List.of("daily total", "Summary", "mv_stats", "report_mv"), "mv");
                yield new Mutation("rename materialized view " + name + " to " + to, false, x -> {
                    MatView v = x.matviews.get(name);
                    if (v == null || x.relationNameTaken(to)) return false;
                    if (v.renamedFrom == null) v.renamedFrom = name;
                    x.matviews = PairSpec.renameKey(x.matviews, name, to);
                    return true;
                });
            }
            case 3 -> new Mutation("add an index to materialized view " + name, false, x -> {
                MatView v = x.matviews.get(name);
                if (v == null) return false;
                g.matviewIndex(x, v);
                return true;
            });
            case 4 -> new Mutation("drop the first index of materialized view " + name, true, x -> {
                MatView v = x.matviews.get(name);
                if (v == null || v.indexes.isEmpty()) return false;
                v.indexes.remove(v.indexes.keySet().iterator().next());
                return true;
            });
            default -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on materialized view " + name, false,
                        x -> x.matviews.containsKey(name) && set(() -> x.matviews.get(name).comment = comment));
            }
        };
    }

    private static Mutation add(PairGenerator g, PairSpec s) {
        PairSpec probe = s.copy();
        probe.matviews.clear();
        g.addMatView(probe);
        if (probe.matviews.isEmpty()) return null;
        var e = probe.matviews.entrySet().iterator().next();
        return new Mutation("add materialized view " + e.getKey(), false, x -> {
            Table t = x.tables.get(e.getValue().table);
            if (x.relationNameTaken(e.getKey()) || t == null || !t.cols.keySet().containsAll(e.getValue().cols)
                    || e.getValue().where != null && !t.cols.containsKey(e.getValue().where.col())
                    || e.getValue().indexes.keySet().stream().anyMatch(x::relationNameTaken)) return false;
            x.matviews.put(e.getKey(), e.getValue().copy());
            return true;
        });
    }
}
