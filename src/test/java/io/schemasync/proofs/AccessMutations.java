package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.Access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The mutations of owners and grants (see {@link PairMutations}) on tables (column privileges too), sequences,
 * functions, procedures, views and materialized views: a new owner, a privilege granted, a privilege or column
 * privilege revoked (destructive). Views and materialized views only gain (a view made again under a change beneath
 * it gets B's grants, so what it loses is not refused; the generator keeps to what both sides agree on).
 */
final class AccessMutations {
    private AccessMutations() {}

    /** One object that has owner and grants: how to find its access in a schema, its privileges, whether to revoke. */
    private record Target(String label, Function<PairSpec, Access> access, List<String> privileges,
                          Function<PairSpec, List<String>> columns, boolean revocable) {}

    static Mutation make(PairGenerator g, PairSpec s) {
        List<Target> targets = new ArrayList<>();
        s.tables.keySet().forEach(n -> targets.add(new Target("table " + n,
                x -> x.tables.containsKey(n) ? x.tables.get(n).access : null, PairGenerator.TABLE_PRIVILEGES,
                x -> x.tables.containsKey(n) ? new ArrayList<>(x.tables.get(n).cols.keySet()) : List.of(), true)));
        s.seqs.keySet().forEach(n -> targets.add(new Target("sequence " + n,
                x -> x.seqs.containsKey(n) ? x.seqs.get(n).access : null, PairGenerator.SEQUENCE_PRIVILEGES, null, true)));
        s.functions.keySet().forEach(n -> targets.add(new Target("function " + n,
                x -> x.functions.containsKey(n) ? x.functions.get(n).access : null, PairGenerator.ROUTINE_PRIVILEGES,
                null, true)));
        s.procedures.keySet().forEach(n -> targets.add(new Target("procedure " + n,
                x -> x.procedures.containsKey(n) ? x.procedures.get(n).access : null, PairGenerator.ROUTINE_PRIVILEGES,
                null, true)));
        s.views.keySet().forEach(n -> targets.add(new Target("view " + n,
                x -> x.views.containsKey(n) ? x.views.get(n).access : null, PairGenerator.TABLE_PRIVILEGES, null, false)));
        s.matviews.keySet().forEach(n -> targets.add(new Target("materialized view " + n,
                x -> x.matviews.containsKey(n) ? x.matviews.get(n).access : null, PairGenerator.MATVIEW_PRIVILEGES, null,
                false)));
        if (targets.isEmpty()) return null;
        Target t = g.pick(targets);
        Access now = t.access().apply(s);
        int what = g.r.nextInt(4);
        if (what == 0) {
            String owner = g.pick(List.of("pair_owner", "Pair Writer", "pair_reader"));
            return new Mutation("owner of " + t.label() + ": " + owner, false, x -> {
                Access a = t.access().apply(x);
                if (a == null || owner.equals(a.owner)) return false;
                a.owner = owner;
                return true;
            });
        }
        if (what == 1 && t.revocable() && now.grants != null && (!now.grants.isEmpty() || !now.columnGrants.isEmpty())) {
            boolean column = !now.columnGrants.isEmpty() && (now.grants.isEmpty() || g.chance(0.5));
            return new Mutation("revoke a " + (column ? "column privilege" : "privilege") + " on " + t.label(), true, x -> {
                Access a = t.access().apply(x);
                if (a == null || a.grants == null) return false;
                var from = column ? a.columnGrants : a.grants;
                var role = from.entrySet().stream().filter(e -> !e.getValue().isEmpty()).findFirst().orElse(null);
                if (role == null) return false;
                role.getValue().removeFirst();
                if (role.getValue().isEmpty()) from.remove(role.getKey());
                return true;
            });
        }
        // A first grants: on a function takes PUBLIC's EXECUTE away unless it lists it: kept here, so that the
        // change is a grant (a revoke of PUBLIC is its own mutation above).
        List<String> probeCols = t.columns() == null ? null : t.columns().apply(s);
        Access probe = now.copy();
        boolean first = probe.grants == null;
        new PairGenerator(new java.util.Random(g.r.nextLong())).grant(probe, t.privileges(), probeCols);
        if (first && t.privileges().equals(PairGenerator.ROUTINE_PRIVILEGES)) {
            probe.grants.computeIfAbsent("public", k -> new ArrayList<>(List.of("execute")));
        }
        return new Mutation("grant on " + t.label(), false, x -> {
            Access a = t.access().apply(x);
            if (a == null || t.columns() != null && !t.columns().apply(x).containsAll(
                    probe.columnGrants.values().stream().flatMap(List::stream).toList())) return false;
            Access before = a.copy();
            a.grants = probe.copy().grants;
            a.columnGrants = probe.copy().columnGrants;
            // Only what the probe adds: whatever x has that the probe lacks stays (the probe was made from s).
            if (before.grants != null) before.grants.forEach((r, ps) -> ps.forEach(p -> {
                List<String> have = a.grants.computeIfAbsent(r, k -> new ArrayList<>());
                if (!have.contains(p)) have.add(p);
            }));
            before.columnGrants.forEach((r, cs) -> cs.forEach(c -> {
                List<String> have = a.columnGrants.computeIfAbsent(r, k -> new ArrayList<>());
                if (!have.contains(c)) have.add(c);
            }));
            return true;
        });
    }
}
