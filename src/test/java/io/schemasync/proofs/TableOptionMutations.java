package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.Table;

import java.util.ArrayList;

/**
 * The mutations of a table's options and less common constraints (see {@link PairMutations}): UNLOGGED on and off
 * (a rewrite of the rows), storage parameters set, changed and reset, a check added {@code not_valid} and the flag
 * taken away (validated after the commit), and exclusion constraints added and dropped (destructive).
 */
final class TableOptionMutations {
    private TableOptionMutations() {}

    static Mutation make(PairGenerator g, PairSpec s) {
        String table = g.pick(new ArrayList<>(s.tables.keySet()));
        Table t = s.tables.get(table);
        return switch (g.r.nextInt(7)) {
            case 0 -> new Mutation("unlogged of " + table + ": " + !t.unlogged, false, x -> {
                Table u = x.tables.get(table);
                if (u == null || !u.unlogged && !PairGenerator.freeOfForeignKeys(x, table)) return false;
                u.unlogged ^= true;
                return true;
            });
            case 1, 2 -> {
                String k = g.pick(PairGenerator.STORAGE);
                String v = g.chance(0.25) ? null : g.storageValue(k);
                yield new Mutation("storage parameter " + k + " of " + table + ": " + v, false, x -> {
                    Table u = x.tables.get(table);
                    if (u == null || v == null && !u.with.containsKey(k)) return false;
                    if (v == null) u.with.remove(k);
                    else u.with.put(k, v);
                    return true;
                });
            }
            case 3 -> new Mutation("add a not_valid check to " + table, false, x -> {
                Table u = x.tables.get(table);
                if (u == null) return false;
                var before = new java.util.HashSet<>(u.checks.keySet());
                g.check(x, u);
                u.checks.keySet().stream().filter(n -> !before.contains(n)).forEach(u.notValid::add);
                return u.checks.size() > before.size();
            });
            case 4 -> new Mutation("validate the checks of " + table, false, x -> {
                Table u = x.tables.get(table);
                if (u == null || u.notValid.isEmpty()) return false;
                u.notValid.clear();
                return true;
            });
            case 5 -> new Mutation("add an exclusion constraint to " + table, false, x -> {
                Table u = x.tables.get(table);
                if (u == null) return false;
                int before = u.exclusions.size();
                g.exclusion(x, u);
                return u.exclusions.size() > before;
            });
            default -> new Mutation("drop the first exclusion constraint of " + table, true, x -> {
                Table u = x.tables.get(table);
                if (u == null || u.exclusions.isEmpty()) return false;
                u.exclusions.remove(u.exclusions.keySet().iterator().next());
                return true;
            });
        };
    }
}
