package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.Policy;
import io.schemasync.proofs.PairSpec.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.schemasync.proofs.PairMutations.set;

/**
 * The mutations of row-level security and policies (see {@link PairMutations}): turning it on, off (destructive) and
 * forcing it; policies added, dropped (destructive), renamed, and changed in place (roles, USING, WITH CHECK) or by
 * drop and create (command, permissive). A policy's expressions may read a column; the column's rename follows.
 */
final class PolicyMutations {
    private PolicyMutations() {}

    static Mutation make(PairGenerator g, PairSpec s) {
        // Mostly a table that has policies, so that changes of them come up as often as new ones.
        List<String> withPolicies = s.tables.entrySet().stream().filter(e -> !e.getValue().policies.isEmpty())
                .map(Map.Entry::getKey).toList();
        String table = g.pick(withPolicies.isEmpty() || g.chance(0.3) ? new ArrayList<>(s.tables.keySet()) : withPolicies);
        Table t = s.tables.get(table);
        if (g.chance(0.2)) return rls(g, table, t);
        if (t.policies.isEmpty() || g.chance(0.25)) return add(g, table, t);
        String name = g.pick(new ArrayList<>(t.policies.keySet()));
        String label = table + "." + name;
        return switch (g.r.nextInt(8)) {
            case 0 -> new Mutation("drop policy " + label, true, x -> {
                Table u = x.tables.get(table);
                Policy gone = u == null ? null : u.policies.remove(name);
                if (gone == null) return false;
                x.drop("policies", PairYaml.triggerRef(table, gone.renamedFrom == null ? name : gone.renamedFrom));
                return true;
            });
            case 1 -> {
                String to = g.fresh(g.pick(List.of("pol_", "Readers ", "own rows ")));
                yield new Mutation("rename policy " + label + " to " + to, false, x -> {
                    Table u = x.tables.get(table);
                    if (u == null || !u.policies.containsKey(name) || u.policies.containsKey(to)) return false;
                    Policy p = u.policies.get(name);
                    if (p.renamedFrom == null) p.renamedFrom = name;
                    u.policies = PairSpec.renameKey(u.policies, name, to);
                    return true;
                });
            }
            case 2 -> {
                List<String> roles = new ArrayList<>();
                for (String r : PairRun.ROLES) if (g.chance(0.4)) roles.add(r);
                yield new Mutation("roles of policy " + label + ": " + roles, false,
                        x -> policy(x, table, name) != null && set(() -> policy(x, table, name).roles = new ArrayList<>(roles)));
            }
            case 3 -> {
                PairSpec.PolicyExpr e = g.policyExpr(t);
                yield new Mutation("using of policy " + label + ": " + PairYaml.expr(e), false, x -> {
                    Policy p = policy(x, table, name);
                    if (p == null || "insert".equals(p.command) || !fits(x.tables.get(table), e)) return false;
                    p.using = e;
                    return true;
                });
            }
            case 4 -> {
                PairSpec.PolicyExpr e = g.chance(0.2) ? null : g.policyExpr(t);
                yield new Mutation("with_check of policy " + label + ": " + (e == null ? null : PairYaml.expr(e)), false,
                        x -> {
                    Policy p = policy(x, table, name);
                    if (p == null || "select".equals(p.command) || "delete".equals(p.command)
                            || e == null && "insert".equals(p.command) || e != null && !fits(x.tables.get(table), e)) {
                        return false;
                    }
                    p.withCheck = e;
                    return true;
                });
            }
            case 5 -> {
                String command = g.pick(java.util.Arrays.asList(null, "select", "insert", "update", "delete"));
                Policy shape = new Policy();
                shape.command = command;
                g.policyExpressions(t, shape);
                yield new Mutation("command of policy " + label + ": " + command, false, x -> {
                    Policy p = policy(x, table, name);
                    if (p == null || java.util.Objects.equals(p.command, command)
                            || shape.using != null && !fits(x.tables.get(table), shape.using)
                            || shape.withCheck != null && !fits(x.tables.get(table), shape.withCheck)) return false;
                    p.command = command;
                    p.using = shape.using;
                    p.withCheck = shape.withCheck;
                    return true;
                });
            }
            case 6 -> new Mutation("permissive of policy " + label, false,
                    x -> policy(x, table, name) != null && set(() -> policy(x, table, name).permissive ^= true));
            default -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on policy " + label, false,
                        x -> policy(x, table, name) != null && set(() -> policy(x, table, name).comment = comment));
            }
        };
    }

    private static Policy policy(PairSpec s, String table, String name) {
        Table t = s.tables.get(table);
        return t == null ? null : t.policies.get(name);
    }

    /** The expression's column is still there. */
    private static boolean fits(Table t, PairSpec.PolicyExpr e) {
        return e.check() == null || t != null && t.cols.containsKey(e.check().col());
    }

    private static Mutation rls(PairGenerator g, String table, Table t) {
        boolean enabled = !g.chance(0.3);
        boolean forced = enabled && g.chance(0.4);
        return new Mutation("row level security of " + table + ": " + (enabled ? "on" : "off") + (forced ? ", forced" : ""),
                false, x -> {
            Table u = x.tables.get(table);
            if (u == null || Boolean.valueOf(enabled).equals(u.rlsEnabled) && u.rlsForced == forced) return false;
            u.rlsEnabled = enabled;
            u.rlsForced = forced;
            return true;
        });
    }

    private static Mutation add(PairGenerator g, String table, Table t) {
        Table probe = t.copy();
        probe.policies.clear();
        g.policy(probe);
        Map.Entry<String, Policy> e = probe.policies.entrySet().iterator().next();
        return new Mutation("add policy " + table + "." + e.getKey(), false, x -> {
            Table u = x.tables.get(table);
            Policy p = e.getValue();
            if (u == null || u.policies.containsKey(e.getKey()) || p.using != null && !fits(u, p.using)
                    || p.withCheck != null && !fits(u, p.withCheck)) return false;
            u.policies.put(e.getKey(), p.copy());
            return true;
        });
    }
}
