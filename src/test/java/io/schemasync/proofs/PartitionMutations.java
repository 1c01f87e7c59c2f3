package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.Part;

import java.util.ArrayList;
import java.util.List;

import static io.schemasync.proofs.PairMutations.set;

/**
 * The mutations of partitioned tables (see {@link PairMutations}): a partitioned table added or dropped; a partition
 * added (a month or kinds no row has, so a DEFAULT partition never holds its rows), dropped (one without rows:
 * {@code drop: tables}, destructive), or moved to another bound (DETACH and ATTACH); a column or an index of the
 * partitioned table added (built per partition when the partitions hold rows) or dropped; a partition's fillfactor
 * and comment.
 */
final class PartitionMutations {
    private PartitionMutations() {}

    static Mutation make(PairGenerator g, PairSpec s) {
        if (s.parts.isEmpty() || g.chance(0.15)) {
            PairSpec probe = s.copy();
            probe.parts.clear();
            g.addPart(probe, false);
            if (probe.parts.isEmpty()) return null;
            var e = probe.parts.entrySet().iterator().next();
            return new Mutation("add partitioned table " + e.getKey(), false, x -> {
                if (x.relationNameTaken(e.getKey()) || e.getValue().partitions.keySet().stream().anyMatch(x::relationNameTaken)
                        || e.getValue().indexes.keySet().stream().anyMatch(x::relationNameTaken)) return false;
                x.parts.put(e.getKey(), e.getValue().copy());
                return true;
            });
        }
        String name = g.pick(new ArrayList<>(s.parts.keySet()));
        Part p = s.parts.get(name);
        List<String> names = new ArrayList<>(p.partitions.keySet());
        return switch (g.r.nextInt(9)) {
            case 0 -> new Mutation("drop partitioned table " + name, true, x -> {
                Part gone = x.parts.remove(name);
                if (gone == null) return false;
                x.drop("tables", name);
                return true;
            });
            case 1, 2 -> {
                String value = p.range ? String.format("%02d", 2 + g.r.nextInt(11)) : g.fresh("x");
                String partition = name + (p.range ? "_" : " ") + value;
                yield new Mutation("add partition " + partition + " of " + name, false, x -> {
                    Part u = x.parts.get(name);
                    if (u == null || x.relationNameTaken(partition) || taken(u, value)) return false;
                    u.partitions.put(partition, new ArrayList<>(List.of(value)));
                    return true;
                });
            }
            case 3 -> {
                String partition = g.pick(names);
                yield new Mutation("drop partition " + partition + " of " + name, true, x -> {
                    Part u = x.parts.get(name);
                    if (u == null || !u.partitions.containsKey(partition) || u.partitions.size() < 2
                            || u.hasRows && partition.equals(u.rowsGoTo())) return false;
                    u.partitions.remove(partition);
                    u.fillfactor.remove(partition);
                    u.comments.remove(partition);
                    x.drop("tables", partition);
                    return true;
                });
            }
            case 4 -> {
                String partition = g.pick(names);
                String value = p.range ? String.format("%02d", 2 + g.r.nextInt(11)) : g.fresh("x");
                yield new Mutation("bound of partition " + partition + " of " + name + ": " + value, false, x -> {
                    Part u = x.parts.get(name);
                    if (u == null || u.partitions.get(partition) == null || taken(u, value)
                            || u.hasRows && partition.equals(u.rowsGoTo())) return false;
                    u.partitions.put(partition, new ArrayList<>(List.of(value)));
                    return true;
                });
            }
            case 5 -> new Mutation("add an index to partitioned table " + name, false, x -> {
                Part u = x.parts.get(name);
                if (u == null) return false;
                int before = u.indexes.size();
                g.partIndex(x, u);
                return u.indexes.size() > before;
            });
            case 6 -> new Mutation("drop the first index of partitioned table " + name, true, x -> {
                Part u = x.parts.get(name);
                if (u == null || u.indexes.isEmpty()) return false;
                u.indexes.remove(u.indexes.keySet().iterator().next());
                return true;
            });
            case 7 -> {
                String col = g.fresh("extra_");
                yield new Mutation("add a column to partitioned table " + name + ": " + col, false,
                        x -> x.parts.containsKey(name) && set(() -> x.parts.get(name).extraCols.add(col)));
            }
            default -> {
                String partition = g.pick(names);
                String fillfactor = g.chance(0.3) ? null : "" + (60 + g.r.nextInt(41));
                String comment = g.maybeText(0.6);
                yield new Mutation("fillfactor and comment of partition " + partition + ": " + fillfactor, false, x -> {
                    Part u = x.parts.get(name);
                    if (u == null || !u.partitions.containsKey(partition)) return false;
                    if (fillfactor == null) u.fillfactor.remove(partition);
                    else u.fillfactor.put(partition, fillfactor);
                    if (comment == null) u.comments.remove(partition);
                    else u.comments.put(partition, comment);
                    return true;
                });
            }
        };
    }

    /** A partition of {@code p} already holds the value (or month); the rows' month and kinds are always taken. */
    private static boolean taken(Part p, String value) {
        return value.equals("01") || value.startsWith("k")
                || p.partitions.values().stream().anyMatch(v -> v != null && v.contains(value));
    }
}
