package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.Table;
import io.schemasync.proofs.PairSpec.Trig;

import java.util.ArrayList;
import java.util.List;

import static io.schemasync.proofs.PairMutations.set;

/** The mutations of triggers (see {@link PairMutations}): each names its table as the working copy does then. */
final class TriggerMutations {
    private TriggerMutations() {}

    static Mutation make(PairGenerator g, PairSpec s) {
        List<String> withTriggers = s.tables.entrySet().stream().filter(e -> !e.getValue().triggers.isEmpty())
                .map(java.util.Map.Entry::getKey).toList();
        if (withTriggers.isEmpty() || g.chance(0.25)) return add(g, s);
        String table = g.pick(withTriggers);
        String name = g.pick(new ArrayList<>(s.tables.get(table).triggers.keySet()));
        return switch (g.r.nextInt(6)) {
            case 0 -> new Mutation("drop trigger " + table + "." + name, true, x -> {
                Table t = x.tables.get(table);
                Trig gone = t == null ? null : t.triggers.remove(name);
                if (gone == null) return false;
                x.drop("triggers", PairYaml.triggerRef(table, gone.renamedFrom == null ? name : gone.renamedFrom));
                return true;
            });
            case 1 -> {
                String to = g.fresh(g.pick(List.of("trg_", "Audit ", "touch_")));
                yield new Mutation("rename trigger " + table + "." + name + " to " + to, false, x -> {
                    Table t = x.tables.get(table);
                    if (t == null || !t.triggers.containsKey(name) || t.triggers.containsKey(to)) return false;
                    Trig trig = t.triggers.get(name);
                    if (trig.renamedFrom == null) trig.renamedFrom = name;
                    t.triggers = PairSpec.renameKey(t.triggers, name, to);
                    return true;
                });
            }
            case 2 -> {
                // A new definition (timing, events, row or statement, function), keeping name, state and comment.
                Trig other = g.trigger(s.copy());
                yield new Mutation("redefine trigger " + table + "." + name + ": " + other.timing + " "
                        + other.events + (other.row ? " row" : " statement"), false, x -> {
                    Table t = x.tables.get(table);
                    if (t == null || !t.triggers.containsKey(name)) return false;
                    Trig trig = t.triggers.get(name);
                    x.triggerFunctions.putIfAbsent(other.function, null);
                    trig.timing = other.timing;
                    trig.events = new ArrayList<>(other.events);
                    trig.row = other.row;
                    trig.whenChanged = other.whenChanged;
                    trig.function = other.function;
                    return true;
                });
            }
            case 3 -> {
                String enabled = g.pick(java.util.Arrays.asList(null, "always", "replica", "disabled"));
                yield new Mutation("enabled of trigger " + table + "." + name + ": " + enabled, false,
                        x -> x.tables.containsKey(table) && x.tables.get(table).triggers.containsKey(name)
                                && set(() -> x.tables.get(table).triggers.get(name).enabled = enabled));
            }
            case 4 -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on trigger " + table + "." + name, false,
                        x -> x.tables.containsKey(table) && x.tables.get(table).triggers.containsKey(name)
                                && set(() -> x.tables.get(table).triggers.get(name).comment = comment));
            }
            default -> {
                if (s.triggerFunctions.isEmpty()) yield null;
                String fn = g.pick(new ArrayList<>(s.triggerFunctions.keySet()));
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on trigger function " + fn, false,
                        x -> x.triggerFunctions.containsKey(fn) && set(() -> x.triggerFunctions.put(fn, comment)));
            }
        };
    }

    private static Mutation add(PairGenerator g, PairSpec s) {
        String table = g.pick(new ArrayList<>(s.tables.keySet()));
        PairSpec probe = s.copy();
        Trig trig = g.trigger(probe);
        String comment = probe.triggerFunctions.get(trig.function);
        String name = g.fresh(g.pick(List.of("trg_", "Audit ", "touch_")));
        return new Mutation("add trigger " + table + "." + name, false, x -> {
            Table t = x.tables.get(table);
            if (t == null || t.triggers.containsKey(name)) return false;
            if (!x.triggerFunctions.containsKey(trig.function)) x.triggerFunctions.put(trig.function, comment);
            t.triggers.put(name, trig.copy());
            return true;
        });
    }
}
