package io.schemasync.proofs;

import io.schemasync.proofs.PairSpec.Cat;
import io.schemasync.proofs.PairSpec.Col;
import io.schemasync.proofs.PairSpec.Check;
import io.schemasync.proofs.PairSpec.Col;
import io.schemasync.proofs.PairSpec.Index;
import io.schemasync.proofs.PairSpec.Routine;
import io.schemasync.proofs.PairSpec.Table;
import io.schemasync.proofs.PairSpec.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The mutations that turn A into B. Each one is made against the schema as the earlier mutations left it (so a
 * column can be renamed and then indexed) and names its targets; applying it checks again that it still fits (the
 * shrinker applies subsets) and returns false where it does not, leaving the schema alone.
 * <p>
 * Known limits of the tool that the generator steps around, each named where it is used:
 * <ul>
 *   <li>{@link #EXCLUDE_TYPE_CHANGE_UNDER_VIEW} (off since dependents landed: a column's type changes, or the column
 *   is dropped, under the views and materialized views that read it, which the plan drops and creates around it).</li>
 *   <li>{@link #EXCLUDE_TYPE_CHANGE_OF_GENERATED_SOURCE} (off since the plan drops the generated columns that read a
 *   column whose type changes and adds them again after it: PostgreSQL refuses ALTER COLUMN TYPE under them).</li>
 * </ul>
 */
final class PairMutations {
    static final boolean EXCLUDE_TYPE_CHANGE_UNDER_VIEW = false;
    static final boolean EXCLUDE_TYPE_CHANGE_OF_GENERATED_SOURCE = false;

    /** One change from A to B; {@code destructive} when it must be refused without --allow-destructive. */
    record Mutation(String label, boolean destructive, Predicate<PairSpec> apply) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final PairGenerator g;

    PairMutations(PairGenerator g) {
        this.g = g;
    }

    /** Up to {@code count} mutations of {@code a}, each applied to a working copy as it is made. */
    List<Mutation> make(PairSpec a, int count) {
        PairSpec cur = a.copy();
        List<Mutation> out = new ArrayList<>();
        for (int tries = 0; out.size() < count && tries < count * 10; tries++) {
            Mutation m = one(cur);
            if (m != null && m.apply().test(cur)) out.add(m);
        }
        return out;
    }

    /** B: A with the mutations applied (those that still fit). */
    static PairSpec apply(PairSpec a, List<Mutation> mutations) {
        PairSpec b = a.copy();
        for (Mutation m : mutations) m.apply().test(b);
        return b;
    }

    private Mutation one(PairSpec s) {
        int kind = g.r.nextInt(100);
        if (kind < 33 && !s.tables.isEmpty()) return TableMutations.make(g, s);
        if (kind < 41) return enumMutation(s);
        if (kind < 46) return sequenceMutation(s);
        if (kind < 51) return domainMutation(s);
        if (kind < 54) return TypeMutations.make(g, s);
        if (kind < 60) return viewMutation(s);
        if (kind < 65) return MatViewMutations.make(g, s);
        if (kind < 70 && !s.tables.isEmpty()) return TriggerMutations.make(g, s);
        if (kind < 76 && !s.tables.isEmpty()) return PolicyMutations.make(g, s);
        if (kind < 83) return AccessMutations.make(g, s);
        if (kind < 90) return PartitionMutations.make(g, s);
        if (kind < 95 && !s.tables.isEmpty()) return TableOptionMutations.make(g, s);
        return routineMutation(s);
    }

    private Mutation enumMutation(PairSpec s) {
        if (s.enums.isEmpty() || g.chance(0.2)) {
            PairSpec probe = new PairSpec();
            g.addEnum(probe);
            var e = probe.enums.entrySet().iterator().next();
            return new Mutation("add enum " + e.getKey(), false, x -> !x.relationNameTaken(e.getKey())
                    && x.enums.putIfAbsent(e.getKey(), e.getValue().copy()) == null);
        }
        String name = g.pick(new ArrayList<>(s.enums.keySet()));
        int what = g.r.nextInt(8);
        return switch (what) {
            case 0 -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on enum " + name, false, x -> x.enums.containsKey(name)
                        && set(() -> x.enums.get(name).comment = comment));
            }
            case 1 -> new Mutation("drop enum " + name, true, x -> {
                PairSpec.Enum e = x.enums.get(name);
                if (e == null || usesType(x, name)) return false;
                x.enums.remove(name);
                x.drop("enums", e.renamedFrom == null ? name : e.renamedFrom);
                return true;
            });
            case 2 -> new Mutation("remove a value of enum " + name, false, x -> {
                PairSpec.Enum e = x.enums.get(name);
                if (e == null || readByAView(x, name)) return false;
                String gone = e.labels.stream().filter(l -> !l.equals(e.rowLabel)).findFirst().orElse(null);
                if (gone == null) return false;
                e.labels.remove(gone);
                e.renamedValues.remove(gone);
                return true;
            });
            case 3 -> new Mutation("reorder the values of enum " + name, false, x -> {
                PairSpec.Enum e = x.enums.get(name);
                if (e == null || e.labels.size() < 2 || readByAView(x, name)) return false;
                e.labels.add(e.labels.removeFirst());
                return true;
            });
            case 4 -> {
                String to = g.freshName(s, List.of("mood", "status", "Kind", "phase"), "enum");
                yield new Mutation("rename enum " + name + " to " + to, false, x -> {
                    PairSpec.Enum e = x.enums.get(name);
                    if (e == null || x.relationNameTaken(to)) return false;
                    if (e.renamedFrom == null) e.renamedFrom = name;
                    x.enums = PairSpec.renameKey(x.enums, name, to);
                    for (Table t : x.tables.values()) {
                        for (Col c : t.cols.values()) if (c.cat == Cat.ENUM && c.type.equals(name)) c.type = to;
                    }
                    return true;
                });
            }
            case 5 -> {
                String to = g.fresh("value ");
                yield new Mutation("rename a value of enum " + name, false, x -> {
                    PairSpec.Enum e = x.enums.get(name);
                    if (e == null || e.labels.contains(to)) return false;
                    String from = e.labels.stream().filter(l -> !l.equals(e.rowLabel)).findFirst().orElse(null);
                    if (from == null) return false;
                    e.labels.set(e.labels.indexOf(from), to);
                    e.renamedValues.put(to, e.renamedValues.getOrDefault(from, from));
                    e.renamedValues.remove(from);
                    return true;
                });
            }
            default -> {
                String label = g.fresh("label ");
                boolean atEnd = what == 6;
                yield new Mutation("add value " + label + " to enum " + name + (atEnd ? "" : " before the first"),
                        false, x -> {
                    if (!x.enums.containsKey(name) || x.enums.get(name).labels.contains(label)) return false;
                    if (atEnd) x.enums.get(name).labels.add(label);
                    else x.enums.get(name).labels.addFirst(label);
                    return true;
                });
            }
        };
    }

    /**
     * A view or materialized view reads a column of the enum: a removed or reordered label makes the type again,
     * which the plan refuses while a view reads it (documented in yaml-format.md), so the generator does not ask.
     */
    static boolean readByAView(PairSpec s, String type) {
        for (var e : s.tables.entrySet()) {
            for (var c : e.getValue().cols.entrySet()) {
                if (!c.getValue().type.equals(type)) continue;
                if (TableMutations.readByView(s, e.getKey(), c.getKey())) return true;
            }
        }
        return false;
    }

    static boolean usesType(PairSpec s, String type) {
        return s.tables.values().stream().anyMatch(t -> t.cols.values().stream().anyMatch(c -> c.type.equals(type)))
                || s.domains.values().stream().anyMatch(d -> d.base.plainType.equals(type));
    }

    private Mutation sequenceMutation(PairSpec s) {
        if (s.seqs.isEmpty() || g.chance(0.2)) {
            PairSpec probe = new PairSpec();
            g.addSequence(probe);
            var e = probe.seqs.entrySet().iterator().next();
            return new Mutation("add sequence " + e.getKey(), false, x -> !x.relationNameTaken(e.getKey())
                    && x.seqs.putIfAbsent(e.getKey(), e.getValue().copy()) == null);
        }
        String name = g.pick(new ArrayList<>(s.seqs.keySet()));
        int what = g.r.nextInt(4);
        if (what == 0) {
            return new Mutation("drop sequence " + name, true, x -> {
                if (!x.seqs.containsKey(name) || x.tables.values().stream()
                        .anyMatch(t -> t.cols.values().stream().anyMatch(c -> name.equals(c.seq)))) return false;
                x.seqs.remove(name);
                x.drop("sequences", name);
                return true;
            });
        }
        if (what == 1) {
            String comment = g.maybeText(0.7);
            return new Mutation("comment on sequence " + name, false, x -> x.seqs.containsKey(name)
                    && set(() -> x.seqs.get(name).comment = comment));
        }
        long increment = 1 + g.r.nextInt(9);
        long cache = 1 + g.r.nextInt(30);
        boolean cycle = g.chance(0.5);
        Long max = g.chance(0.3) ? (long) (100_000 + g.r.nextInt(1000)) : null;
        return new Mutation("alter sequence " + name + " increment " + increment + " cache " + cache + " cycle " + cycle
                + " max " + max, false, x -> x.seqs.containsKey(name) && set(() -> {
            var q = x.seqs.get(name);
            q.increment = increment;
            q.cache = cache;
            q.cycle = cycle;
            q.maxValue = max;
        }));
    }

    private Mutation domainMutation(PairSpec s) {
        if (s.domains.isEmpty() || g.chance(0.2)) {
            PairSpec probe = new PairSpec();
            g.addDomain(probe);
            var e = probe.domains.entrySet().iterator().next();
            return new Mutation("add domain " + e.getKey(), false, x -> !x.relationNameTaken(e.getKey())
                    && x.domains.putIfAbsent(e.getKey(), e.getValue().copy()) == null);
        }
        String name = g.pick(new ArrayList<>(s.domains.keySet()));
        int what = g.r.nextInt(6);
        return switch (what) {
            case 0 -> new Mutation("drop domain " + name, true, x -> {
                if (!x.domains.containsKey(name) || usesType(x, name)) return false;
                x.domains.remove(name);
                x.drop("domains", name);
                return true;
            });
            case 1 -> {
                String dflt = g.chance(0.3) ? null : s.domains.get(name).base == Cat.INT ? "42" : "'z'";
                yield new Mutation("default of domain " + name + ": " + dflt, false,
                        x -> x.domains.containsKey(name) && set(() -> x.domains.get(name).dflt = dflt));
            }
            case 2 -> new Mutation("add a check to domain " + name, false, x -> {
                if (!x.domains.containsKey(name)) return false;
                int before = x.domains.get(name).checks.size();
                g.domainCheck(x.domains.get(name));
                return x.domains.get(name).checks.size() > before;
            });
            case 3 -> new Mutation("drop a check of domain " + name, true, x -> {
                if (!x.domains.containsKey(name) || x.domains.get(name).checks.isEmpty()) return false;
                var checks = x.domains.get(name).checks;
                checks.remove(checks.keySet().iterator().next());
                return true;
            });
            case 4 -> {
                boolean nullable = g.chance(0.5);
                yield new Mutation("domain " + name + (nullable ? " nullable" : " not null"), false, x -> {
                    if (!x.domains.containsKey(name)) return false;
                    if (!nullable && x.tables.values().stream().anyMatch(t -> t.cols.values().stream()
                            .anyMatch(c -> c.type.equals(name) && !PairGenerator.valuesKnown(t, c)))) return false;
                    x.domains.get(name).nullable = nullable;
                    return true;
                });
            }
            default -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on domain " + name, false,
                        x -> x.domains.containsKey(name) && set(() -> x.domains.get(name).comment = comment));
            }
        };
    }

    private Mutation viewMutation(PairSpec s) {
        if (s.views.isEmpty() || g.chance(0.25)) {
            PairSpec probe = s.copy();
            probe.views.clear();
            g.addView(probe);
            if (probe.views.isEmpty()) return null;
            var e = probe.views.entrySet().iterator().next();
            return new Mutation("add view " + e.getKey(), false, x -> !x.relationNameTaken(e.getKey())
                    && viewFits(x, e.getValue()) && x.views.putIfAbsent(e.getKey(), e.getValue().copy()) == null);
        }
        String name = g.pick(new ArrayList<>(s.views.keySet()));
        View v = s.views.get(name);
        Table t = s.tables.get(v.table);
        int what = g.r.nextInt(6);
        return switch (what) {
            case 0 -> new Mutation("drop view " + name, true, x -> {
                if (x.views.remove(name) == null) return false;
                x.drop("views", name);
                return true;
            });
            case 1 -> {
                Check where = g.chance(0.3) ? null : g.condition(t, g.pick(new ArrayList<>(t.cols.keySet())));
                yield new Mutation("where of view " + name + ": " + where, false, x -> x.views.containsKey(name)
                        && (where == null || tableOf(x, name).cols.containsKey(where.col()))
                        && set(() -> x.views.get(name).where = where));
            }
            case 2 -> {
                String col = g.pick(new ArrayList<>(t.cols.keySet()));
                yield new Mutation("view " + name + " gets column " + col + " at the end", false, x -> {
                    if (!x.views.containsKey(name) || !tableOf(x, name).cols.containsKey(col)) return false;
                    return !x.views.get(name).cols.contains(col) && x.views.get(name).cols.add(col);
                });
            }
            case 3 -> new Mutation("view " + name + " loses its first column", false, x -> {
                if (!x.views.containsKey(name) || x.views.get(name).cols.size() < 2) return false;
                x.views.get(name).cols.removeFirst();
                return true;
            });
            case 4 -> new Mutation("security_barrier of view " + name, false,
                    x -> x.views.containsKey(name) && set(() -> x.views.get(name).barrier ^= true));
            default -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on view " + name, false,
                        x -> x.views.containsKey(name) && set(() -> x.views.get(name).comment = comment));
            }
        };
    }

    private static Table tableOf(PairSpec s, String view) {
        Table t = s.tables.get(s.views.get(view).table);
        return t == null ? new Table() : t;
    }

    private static boolean viewFits(PairSpec s, View v) {
        Table t = s.tables.get(v.table);
        return t != null && t.cols.keySet().containsAll(v.cols) && (v.where == null || t.cols.containsKey(v.where.col()))
                && (v.fn == null || s.functions.containsKey(v.fn));
    }

    private Mutation routineMutation(PairSpec s) {
        boolean function = g.chance(0.7);
        Map<String, Routine> routines = function ? s.functions : s.procedures;
        String kind = function ? "functions" : "procedures";
        if (routines.isEmpty() || g.chance(0.2)) {
            PairSpec probe = s.copy();
            Map<String, Routine> into = function ? probe.functions : probe.procedures;
            into.clear();
            g.addRoutine(probe, into, function);
            var e = into.entrySet().iterator().next();
            return new Mutation("add " + kind + " " + e.getKey(), false,
                    x -> !x.functions.containsKey(e.getKey()) && !x.procedures.containsKey(e.getKey())
                            && routinesOf(x, function).put(e.getKey(), e.getValue().copy()) == null);
        }
        String name = g.pick(new ArrayList<>(routines.keySet()));
        int what = g.r.nextInt(6);
        return switch (what) {
            case 0 -> new Mutation("drop " + kind + " " + name, true, x -> {
                if (function && calledByView(x, name)) return false;
                Routine r = routinesOf(x, function).remove(name);
                if (r == null) return false;
                x.drop(kind, (r.renamedFrom == null ? name : r.renamedFrom) + "(integer)");
                return true;
            });
            case 1 -> {
                int k = g.r.nextInt(100);
                yield new Mutation("body of " + name + " adds " + k, false,
                        x -> routinesOf(x, function).containsKey(name) && set(() -> routinesOf(x, function).get(name).k = k));
            }
            case 2 -> new Mutation("language of " + name, false, x -> routinesOf(x, function).containsKey(name)
                    && set(() -> {
                        Routine r = routinesOf(x, function).get(name);
                        r.language = r.language.equals("sql") ? "plpgsql" : "sql";
                    }));
            case 3 -> {
                String to = g.fresh("renamed_");
                yield new Mutation("rename " + name + " to " + to, false, x -> {
                    Map<String, Routine> in = routinesOf(x, function);
                    if (!in.containsKey(name) || x.functions.containsKey(to) || x.procedures.containsKey(to)
                            || in.get(name).redefined) return false;
                    Routine r = in.get(name);
                    if (r.renamedFrom == null) r.renamedFrom = name;
                    for (View v : x.views.values()) if (name.equals(v.fn)) v.fn = to;
                    Map<String, Routine> renamed = PairSpec.renameKey(in, name, to);
                    in.clear();
                    in.putAll(renamed);
                    return true;
                });
            }
            case 4 -> g.chance(0.5) && function ? redefine(name) : volatility(name, function);
            default -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on " + name, false, x -> routinesOf(x, function).containsKey(name)
                        && set(() -> routinesOf(x, function).get(name).comment = comment));
            }
        };
    }

    /**
     * The argument renamed or the result type changed (integer ↔ bigint): neither has an in-place form, so the
     * function is dropped and created again, with the views that call it around it (and their column's type).
     */
    private Mutation redefine(String name) {
        boolean argument = g.chance(0.5);
        return new Mutation((argument ? "argument of " : "result type of ") + name, false, x -> {
            Routine r = x.functions.get(name);
            if (r == null || r.renamedFrom != null) return false;
            if (argument) r.arg = r.arg.equals("x") ? "y" : "x";
            else r.result = r.result.equals("integer") ? "bigint" : "integer";
            r.redefined = true;
            return true;
        });
    }

    private Mutation volatility(String name, boolean function) {
        {
            {
                String volatility = function ? g.pick(List.of("immutable", "stable", "volatile")) : null;
                return new Mutation("volatility of " + name + ": " + volatility, false, x -> function
                        && routinesOf(x, function).containsKey(name)
                        && set(() -> routinesOf(x, function).get(name).volatility = volatility));
            }
        }
    }

    static boolean calledByView(PairSpec s, String function) {
        return s.views.values().stream().anyMatch(v -> function.equals(v.fn));
    }

    static Map<String, Routine> routinesOf(PairSpec s, boolean function) {
        return function ? s.functions : s.procedures;
    }

    static boolean set(Runnable r) {
        r.run();
        return true;
    }
}
