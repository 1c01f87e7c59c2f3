package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.UType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.schemasync.proofs.PairMutations.set;

/** The mutations of composite and range types (see {@link PairMutations}). */
final class TypeMutations {
    private TypeMutations() {}

    static Mutation make(PairGenerator g, PairSpec s) {
        if (s.types.isEmpty() || g.chance(0.25)) return add(g, s);
        String name = g.pick(new ArrayList<>(s.types.keySet()));
        UType u = s.types.get(name);
        if (u.attributes == null) return rangeMutation(g, s, name);
        List<String> atts = new ArrayList<>(u.attributes.keySet());
        return switch (g.r.nextInt(8)) {
            case 0 -> drop(name);
            case 1 -> rename(g, s, name);
            case 2 -> comment(g, name);
            case 3 -> {
                String att = g.freshAttribute(u);
                String type = g.pick(PairGenerator.ATTRIBUTE_TYPES);
                yield new Mutation("add an attribute to " + name + ": " + att, false, x -> {
                    UType v = x.types.get(name);
                    if (v == null || v.attributes == null || v.attributes.containsKey(att)
                            || v.renamedAttributes.containsValue(att)) return false;
                    v.attributes.put(att, type);
                    return true;
                });
            }
            case 4 -> {
                String att = g.pick(atts);
                yield new Mutation("drop an attribute of " + name + ": " + att, true, x -> {
                    UType v = x.types.get(name);
                    if (v == null || v.attributes == null || v.attributes.size() < 2 || !v.attributes.containsKey(att)) {
                        return false;
                    }
                    v.attributes.remove(att);
                    v.renamedAttributes.remove(att);
                    return true;
                });
            }
            case 5 -> {
                String att = g.pick(atts);
                String to = g.freshAttribute(u);
                yield new Mutation("rename an attribute of " + name + ": " + att + " to " + to, false, x -> {
                    UType v = x.types.get(name);
                    if (v == null || v.attributes == null || !v.attributes.containsKey(att)
                            || v.attributes.containsKey(to) || v.renamedAttributes.containsValue(to)) return false;
                    String previous = v.renamedAttributes.remove(att);
                    v.attributes = PairSpec.renameKey(v.attributes, att, to);
                    v.renamedAttributes.put(to, previous == null ? att : previous);
                    return true;
                });
            }
            case 6 -> {
                String att = g.pick(atts);
                String type = g.pick(PairGenerator.ATTRIBUTE_TYPES);
                yield new Mutation("type of an attribute of " + name + ": " + att + " " + type, false, x -> {
                    UType v = x.types.get(name);
                    return v != null && v.attributes != null && v.attributes.containsKey(att)
                            && set(() -> v.attributes.put(att, type));
                });
            }
            default -> new Mutation("reorder the attributes of " + name, false, x -> {
                UType v = x.types.get(name);
                if (v == null || v.attributes == null || v.attributes.size() < 2) return false;
                List<String> order = new ArrayList<>(v.attributes.keySet());
                Collections.reverse(order);
                Map<String, String> reordered = new LinkedHashMap<>();
                for (String a : order) reordered.put(a, v.attributes.get(a));
                v.attributes = reordered;
                return true;
            });
        };
    }

    private static Mutation rangeMutation(PairGenerator g, PairSpec s, String name) {
        return switch (g.r.nextInt(4)) {
            case 0 -> drop(name);
            case 1 -> rename(g, s, name);
            case 2 -> comment(g, name);
            default -> {
                String subtype = g.pick(PairGenerator.RANGE_SUBTYPES);
                yield new Mutation("subtype of range " + name + ": " + subtype, false, x -> {
                    UType v = x.types.get(name);
                    return v != null && v.subtype != null && set(() -> v.subtype = subtype);
                });
            }
        };
    }

    private static Mutation drop(String name) {
        return new Mutation("drop type " + name, true, x -> {
            UType gone = x.types.remove(name);
            if (gone == null) return false;
            x.drop("types", gone.renamedFrom == null ? name : gone.renamedFrom);
            return true;
        });
    }

    private static Mutation rename(PairGenerator g, PairSpec s, String name) {
        String to = g.freshName(s, List.of("address", "Money", "span", "price_range", "Period"), "typ");
        return new Mutation("rename type " + name + " to " + to, false, x -> {
            UType v = x.types.get(name);
            if (v == null || x.relationNameTaken(to) || v.subtype != null && (x.relationNameTaken(PairSpec.multirange(to))
                    || PairSpec.multirange(to).equals(name))) return false;
            if (v.renamedFrom == null) v.renamedFrom = name;
            x.types = PairSpec.renameKey(x.types, name, to);
            return true;
        });
    }

    private static Mutation comment(PairGenerator g, String name) {
        String comment = g.maybeText(0.7);
        return new Mutation("comment on type " + name, false,
                x -> x.types.containsKey(name) && set(() -> x.types.get(name).comment = comment));
    }

    private static Mutation add(PairGenerator g, PairSpec s) {
        PairSpec probe = s.copy();
        probe.types.clear();
        g.addType(probe);
        if (probe.types.isEmpty()) return null;
        var e = probe.types.entrySet().iterator().next();
        return new Mutation("add type " + e.getKey(), false, x -> {
            if (x.relationNameTaken(e.getKey()) || e.getValue().subtype != null
                    && x.relationNameTaken(PairSpec.multirange(e.getKey()))) return false;
            x.types.put(e.getKey(), e.getValue().copy());
            return true;
        });
    }
}
