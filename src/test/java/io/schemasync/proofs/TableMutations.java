package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairSpec.Cat;
import io.schemasync.proofs.PairSpec.Check;
import io.schemasync.proofs.PairSpec.Col;
import io.schemasync.proofs.PairSpec.Fk;
import io.schemasync.proofs.PairSpec.Index;
import io.schemasync.proofs.PairSpec.Table;
import io.schemasync.proofs.PairSpec.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.schemasync.proofs.PairMutations.set;

/** The mutations of tables, their columns, keys, checks and indexes (see {@link PairMutations}). */
final class TableMutations {
    /** Type changes that keep the rows' values: from, to, and whether the tool must call it narrowing. */
    private record TypeChange(String from, String to, Cat cat, boolean narrowing) {}

    private static final List<TypeChange> TYPE_CHANGES = List.of(
            new TypeChange("smallint", "integer", Cat.INT, false),
            new TypeChange("integer", "bigint", Cat.BIGINT, false),
            new TypeChange("bigint", "integer", Cat.INT, true),
            new TypeChange("integer", "smallint", Cat.SMALLINT, true),
            new TypeChange("numeric(12,2)", "numeric(14,2)", Cat.NUMERIC, false),
            new TypeChange("numeric(14,2)", "numeric(12,2)", Cat.NUMERIC, true),
            new TypeChange("text", "varchar(40)", Cat.VARCHAR, true),
            new TypeChange("varchar(40)", "varchar(80)", Cat.VARCHAR, false),
            new TypeChange("varchar(80)", "varchar(40)", Cat.VARCHAR, true),
            new TypeChange("varchar(40)", "text", Cat.TEXT, false));

    private TableMutations() {}

    static Mutation make(PairGenerator g, PairSpec s) {
        if (g.chance(0.08)) return addTable(g, s);
        String table = g.pick(new ArrayList<>(s.tables.keySet()));
        Table t = s.tables.get(table);
        String col = g.pick(new ArrayList<>(t.cols.keySet()));
        int what = g.r.nextInt(24);
        return switch (what) {
            case 0 -> dropTable(table);
            case 1 -> renameTable(g, s, table);
            case 2 -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on table " + table, false,
                        x -> x.tables.containsKey(table) && set(() -> x.tables.get(table).comment = comment));
            }
            case 3, 4 -> addColumn(g, s, table);
            case 5 -> dropColumn(table, col);
            case 6 -> renameColumn(g, table, col);
            case 7 -> changeType(g, table, col);
            case 8 -> nullability(g, table, col);
            case 9 -> changeDefault(g, s, table, col);
            case 10 -> identity(g, table, col);
            case 11 -> {
                String comment = g.maybeText(0.7);
                yield new Mutation("comment on column " + table + "." + col, false, x -> column(x, table, col) != null
                        && set(() -> column(x, table, col).comment = comment));
            }
            case 12, 13 -> new Mutation("add a check to " + table, false, x -> grows(x, table, y -> g.check(x, y)));
            case 14 -> dropFirst("check", table, tb -> tb.checks);
            case 15 -> new Mutation("add a unique key to " + table, false, x -> grows(x, table, g::unique));
            case 16 -> dropFirst("unique key", table, tb -> tb.uniques);
            case 17 -> new Mutation("add a foreign key to " + table, false,
                    x -> grows(x, table, y -> g.foreignKey(x, table, y, false)));
            case 18 -> dropFirst("foreign key", table, tb -> tb.fks);
            case 19 -> onDelete(g, table);
            case 20 -> t.pk == null ? addPrimaryKey(g, table) : dropPrimaryKey(table);
            case 21 -> new Mutation("add an index to " + table, false, x -> grows(x, table, g::index));
            case 22 -> dropFirst("index", table, tb -> tb.indexes);
            default -> changeIndex(g, s, table);
        };
    }

    private static Col column(PairSpec s, String table, String col) {
        Table t = s.tables.get(table);
        return t == null ? null : t.cols.get(col);
    }

    /** Runs an adder of the generator and says whether the table gained a constraint, key or index. */
    private static boolean grows(PairSpec s, String table, java.util.function.Consumer<Table> adder) {
        Table t = s.tables.get(table);
        if (t == null) return false;
        int before = t.checks.size() + t.uniques.size() + t.fks.size() + t.indexes.size() + t.cols.size();
        adder.accept(t);
        return t.checks.size() + t.uniques.size() + t.fks.size() + t.indexes.size() + t.cols.size() > before;
    }

    private static Mutation dropFirst(String what, String table,
                                      java.util.function.Function<Table, Map<String, ?>> of) {
        return new Mutation("drop the first " + what + " of " + table, true, x -> {
            Table t = x.tables.get(table);
            if (t == null || of.apply(t).isEmpty()) return false;
            of.apply(t).remove(of.apply(t).keySet().iterator().next());
            return true;
        });
    }

    private static Mutation addTable(PairGenerator g, PairSpec s) {
        PairSpec probe = s.copy();
        int before = probe.tables.size();
        g.addTable(probe, false);
        if (probe.tables.size() == before) return null;
        String name = new ArrayList<>(probe.tables.keySet()).getLast();
        Table t = probe.tables.get(name);
        return new Mutation("add table " + name, false, x -> {
            if (x.relationNameTaken(name) || t.fks.values().stream().anyMatch(f -> !parentFits(x, f))
                    || t.cols.values().stream().anyMatch(c -> (c.cat == Cat.ENUM || c.cat.name().startsWith("DOMAIN"))
                    && !x.enums.containsKey(c.type) && !x.domains.containsKey(c.type))
                    || t.cols.values().stream().anyMatch(c -> c.seq != null && !x.seqs.containsKey(c.seq))) return false;
            x.tables.put(name, t.copy());
            return true;
        });
    }

    private static boolean parentFits(PairSpec s, Fk f) {
        Table p = s.tables.get(f.refTable);
        return p != null && p.pk != null && p.pk.equals(f.refCols) && p.cols.get("id") != null;
    }

    private static Mutation dropTable(String table) {
        return new Mutation("drop table " + table, true, x -> {
            Table t = x.tables.remove(table);
            if (t == null) return false;
            for (String kind : List.of("triggers", "policies")) {
                x.drops.computeIfPresent(kind, (k, l) -> {
                    l.removeIf(d -> d.startsWith(PairYaml.ident(table) + "."));
                    return l.isEmpty() ? null : l;
                });
            }
            for (Table other : x.tables.values()) other.fks.values().removeIf(f -> f.refTable.equals(table));
            for (var v : new ArrayList<>(x.views.entrySet())) {
                if (v.getValue().table.equals(table)) {
                    x.views.remove(v.getKey());
                    x.drop("views", v.getKey());
                }
            }
            for (var m : new ArrayList<>(x.matviews.entrySet())) {
                if (m.getValue().table.equals(table)) {
                    x.matviews.remove(m.getKey());
                    x.drop("materialized_views", m.getValue().renamedFrom == null ? m.getKey() : m.getValue().renamedFrom);
                }
            }
            x.drop("tables", t.renamedFrom == null ? table : t.renamedFrom);
            return true;
        });
    }

    private static Mutation renameTable(PairGenerator g, PairSpec s, String table) {
        String to = g.freshName(s, PairGenerator.TABLE_NAMES, "tab");
        return new Mutation("rename table " + table + " to " + to, false, x -> {
            Table t = x.tables.get(table);
            if (t == null || x.relationNameTaken(to) || x.relationNameTaken(PairSpec.pkName(to))) return false;
            if (t.renamedFrom == null) t.renamedFrom = table;
            x.tables = PairSpec.renameKey(x.tables, table, to);
            for (Table other : x.tables.values()) {
                for (Fk f : other.fks.values()) if (f.refTable.equals(table)) f.refTable = to;
            }
            for (View v : x.views.values()) if (v.table.equals(table)) v.table = to;
            for (PairSpec.MatView m : x.matviews.values()) if (m.table.equals(table)) m.table = to;
            for (String kind : List.of("triggers", "policies")) {
                x.drops.computeIfPresent(kind, (k, l) -> PairSpec.mapped(l, d -> d.startsWith(PairYaml.ident(table) + ".")
                        ? PairYaml.ident(to) + d.substring(PairYaml.ident(table).length()) : d));
            }
            return true;
        });
    }

    private static Mutation addColumn(PairGenerator g, PairSpec s, String table) {
        Table probe = s.tables.get(table).copy();
        String name = g.freshColumn(probe);
        Col c = g.column(s, probe, false);
        return new Mutation("add column " + table + "." + name, false, x -> {
            Table t = x.tables.get(table);
            if (t == null || t.cols.containsKey(name) || t.cols.values().stream().anyMatch(o -> name.equals(o.renamedFrom))
                    || c.genSrc != null && !t.cols.containsKey(c.genSrc)
                    || c.cat == Cat.ENUM && !x.enums.containsKey(c.type)
                    || c.cat.name().startsWith("DOMAIN") && !x.domains.containsKey(c.type)
                    || c.seq != null && !x.seqs.containsKey(c.seq)
                    || c.cat.name().startsWith("DOMAIN") && t.hasRows && c.dflt == null
                    && !x.domains.get(c.type).nullable && x.domains.get(c.type).dflt == null) return false;
            t.cols.put(name, c.copy());
            return true;
        });
    }

    private static Mutation dropColumn(String table, String col) {
        return new Mutation("drop column " + table + "." + col, true, x -> {
            Table t = x.tables.get(table);
            if (t == null || !t.cols.containsKey(col) || t.cols.size() < 2 || t.pk != null && t.pk.contains(col)
                    || t.generatedFrom(col) || t.policies.values().stream().anyMatch(p -> p.reads(col))) return false;
            if (readByView(x, table, col) && !unreadByViews(x, table, col)) return false;
            t.cols.remove(col);
            t.exclusions.values().removeIf(c -> c.equals(col));
            t.access.columnGrants.values().forEach(l -> l.remove(col));
            t.access.columnGrants.values().removeIf(java.util.List::isEmpty);
            t.uniques.values().removeIf(u -> u.contains(col));
            t.checks.values().removeIf(c -> c.col().equals(col));
            t.fks.values().removeIf(f -> f.cols.contains(col));
            t.indexes.values().removeIf(i -> i.include.contains(col) || i.where != null && i.where.col().equals(col)
                    || i.keys.stream().anyMatch(k -> k.col().equals(col)));
            return true;
        });
    }

    /**
     * The views and materialized views that read the column stop reading it (a column drop under them: the plan
     * drops and creates them around it); false, changing nothing, where one would be left with no column or its
     * index reads it.
     */
    private static boolean unreadByViews(PairSpec s, String table, String col) {
        if (PairMutations.EXCLUDE_TYPE_CHANGE_UNDER_VIEW) return false;
        for (View v : s.views.values()) if (v.table.equals(table) && v.cols.equals(List.of(col))) return false;
        for (PairSpec.MatView m : s.matviews.values()) {
            if (m.table.equals(table) && (m.cols.equals(List.of(col))
                    || m.indexes.values().stream().anyMatch(i -> i.keys.stream().anyMatch(k -> k.col().equals(col))))) {
                return false;
            }
        }
        for (View v : s.views.values()) {
            if (!v.table.equals(table)) continue;
            v.cols.remove(col);
            if (v.where != null && v.where.col().equals(col)) v.where = null;
        }
        for (PairSpec.MatView m : s.matviews.values()) {
            if (!m.table.equals(table)) continue;
            m.cols.remove(col);
            if (m.where != null && m.where.col().equals(col)) m.where = null;
        }
        return true;
    }

    /** A view or materialized view reads the column. */
    static boolean readByView(PairSpec s, String table, String col) {
        return s.views.values().stream().anyMatch(v -> v.table.equals(table)
                && (v.cols.contains(col) || v.where != null && v.where.col().equals(col)))
                || s.matviews.values().stream().anyMatch(m -> m.table.equals(table)
                && (m.cols.contains(col) || m.where != null && m.where.col().equals(col)));
    }

    private static Mutation renameColumn(PairGenerator g, String table, String col) {
        return new Mutation("rename column " + table + "." + col, false, x -> {
            Table t = x.tables.get(table);
            if (t == null || !t.cols.containsKey(col)) return false;
            String to = g.freshColumn(t);
            Col c = t.cols.get(col);
            if (c.renamedFrom == null) c.renamedFrom = col;
            t.cols = PairSpec.renameKey(t.cols, col, to);
            renameReferences(x, table, t, col, to);
            return true;
        });
    }

    private static void renameReferences(PairSpec s, String table, Table t, String from, String to) {
        if (t.pk != null) t.pk = PairSpec.renameIn(t.pk, from, to);
        t.uniques.replaceAll((n, u) -> PairSpec.renameIn(u, from, to));
        t.checks.replaceAll((n, c) -> PairSpec.renameIn(c, from, to));
        for (Fk f : t.fks.values()) f.cols = PairSpec.renameIn(f.cols, from, to);
        for (Index i : t.indexes.values()) {
            i.keys = PairSpec.mapped(i.keys, k -> k.col().equals(from) ? k.withCol(to) : k);
            i.include = PairSpec.renameIn(i.include, from, to);
            i.where = PairSpec.renameIn(i.where, from, to);
        }
        for (Col c : t.cols.values()) if (from.equals(c.genSrc)) c.genSrc = to;
        t.exclusions.replaceAll((n, c) -> c.equals(from) ? to : c);
        t.access.columnGrants.replaceAll((r, cs) -> PairSpec.renameIn(cs, from, to));
        for (PairSpec.Policy p : t.policies.values()) {
            if (p.using != null) p.using = p.using.renamed(from, to);
            if (p.withCheck != null) p.withCheck = p.withCheck.renamed(from, to);
        }
        for (Table other : s.tables.values()) {
            for (Fk f : other.fks.values()) if (f.refTable.equals(table)) f.refCols = PairSpec.renameIn(f.refCols, from, to);
        }
        for (View v : s.views.values()) {
            if (!v.table.equals(table)) continue;
            v.cols = PairSpec.renameIn(v.cols, from, to);
            v.where = PairSpec.renameIn(v.where, from, to);
        }
        for (PairSpec.MatView m : s.matviews.values()) {
            if (!m.table.equals(table)) continue;
            m.cols = PairSpec.renameIn(m.cols, from, to);
            m.where = PairSpec.renameIn(m.where, from, to);
            for (Index i : m.indexes.values()) {
                i.keys = PairSpec.mapped(i.keys, k -> k.col().equals(from) ? k.withCol(to) : k);
            }
        }
    }

    private static Mutation changeType(PairGenerator g, String table, String col) {
        int pick = g.r.nextInt(TYPE_CHANGES.size());
        return new Mutation("change the type of " + table + "." + col, false, x -> {
            Col c = column(x, table, col);
            if (c == null || c.genSrc != null) return false;
            if (PairMutations.EXCLUDE_TYPE_CHANGE_UNDER_VIEW && readByView(x, table, col)) return false;
            if (PairMutations.EXCLUDE_TYPE_CHANGE_OF_GENERATED_SOURCE && x.tables.get(table).generatedFrom(col)) return false;
            for (int i = 0; i < TYPE_CHANGES.size(); i++) {
                TypeChange tc = TYPE_CHANGES.get((pick + i) % TYPE_CHANGES.size());
                if (!tc.from().equals(c.type)) continue;
                c.type = tc.to();
                c.cat = tc.cat();
                return true;
            }
            return false;
        });
    }

    private static Mutation nullability(PairGenerator g, String table, String col) {
        boolean nullable = g.chance(0.5);
        return new Mutation((nullable ? "drop" : "set") + " not null on " + table + "." + col, false, x -> {
            Table t = x.tables.get(table);
            Col c = column(x, table, col);
            if (c == null || c.nullable == nullable || c.identity != null) return false;
            if (!nullable && !PairGenerator.valuesKnown(t, c)) return false;
            if (nullable && t.pk != null && t.pk.contains(col)) return false;
            c.nullable = nullable;
            return true;
        });
    }

    private static Mutation changeDefault(PairGenerator g, PairSpec s, String table, String col) {
        Col probe = column(s, table, col);
        boolean remove = g.chance(0.3);
        String dflt = remove ? null : g.defaultFor(s, probe);
        return new Mutation("default of " + table + "." + col + ": " + dflt, false, x -> {
            Col c = column(x, table, col);
            if (c == null || c.identity != null || c.genSrc != null || c.cat != probe.cat) return false;
            if (c.cat == Cat.ENUM && !c.type.equals(probe.type)) return false;
            Table t = x.tables.get(table);
            boolean known = PairGenerator.valuesKnown(t, c);
            c.dflt = dflt;
            c.seq = null;
            // A column B added holds its default in the rows: without it, its NOT NULL would not hold.
            if (!c.nullable && !PairGenerator.valuesKnown(t, c) && known) c.dflt = g.defaultFor(x, c);
            return true;
        });
    }

    private static Mutation identity(PairGenerator g, String table, String col) {
        String to = g.pick(java.util.Arrays.asList("always", "by_default", null));
        return new Mutation("identity of " + table + "." + col + ": " + to, false, x -> {
            Table t = x.tables.get(table);
            Col c = column(x, table, col);
            if (c == null || !c.cat.integer() || c.genSrc != null || java.util.Objects.equals(c.identity, to)) return false;
            if (to == null && !PairGenerator.valuesKnown(t, withoutIdentity(c))) return false;
            c.identity = to;
            if (to != null) {
                c.dflt = null;
                c.seq = null;
                c.nullable = false;
            }
            return true;
        });
    }

    private static Col withoutIdentity(Col c) {
        Col copy = c.copy();
        copy.identity = null;
        return copy;
    }

    private static Mutation onDelete(PairGenerator g, String table) {
        String action = g.pick(java.util.Arrays.asList(null, "cascade", "restrict", "set_null", "no_action"));
        return new Mutation("on_delete of the first foreign key of " + table + ": " + action, false, x -> {
            Table t = x.tables.get(table);
            if (t == null || t.fks.isEmpty()) return false;
            Fk f = t.fks.values().iterator().next();
            if ("set_null".equals(action) && f.cols.stream().anyMatch(c -> !t.cols.get(c).nullable)) return false;
            f.onDelete = action;
            return true;
        });
    }

    private static Mutation dropPrimaryKey(String table) {
        return new Mutation("drop the primary key of " + table, true, x -> {
            Table t = x.tables.get(table);
            if (t == null || t.pk == null || x.tables.values().stream()
                    .anyMatch(o -> o.fks.values().stream().anyMatch(f -> f.refTable.equals(table)))) return false;
            t.pk = null;
            return true;
        });
    }

    private static Mutation addPrimaryKey(PairGenerator g, String table) {
        return new Mutation("add a primary key to " + table, false, x -> {
            Table t = x.tables.get(table);
            if (t == null || t.pk != null) return false;
            List<String> fit = t.cols.entrySet().stream().filter(e -> PairGenerator.distinctValues(t, e.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (fit.isEmpty() || x.relationNameTaken(PairSpec.pkName(table))) return false;
            t.pk = new ArrayList<>(List.of(g.pick(fit)));
            return true;
        });
    }

    private static Mutation changeIndex(PairGenerator g, PairSpec s, String table) {
        int what = g.r.nextInt(4);
        return new Mutation("change the first index of " + table + " (" + what + ")", false, x -> {
            Table t = x.tables.get(table);
            if (t == null || t.indexes.isEmpty()) return false;
            Index i = t.indexes.values().iterator().next();
            switch (what) {
                case 0 -> {
                    Check where = g.condition(t, g.pick(new ArrayList<>(t.cols.keySet())));
                    if (java.util.Objects.equals(where, i.where)) return false;
                    i.where = where;
                }
                case 1 -> {
                    if (i.using != null) return false;
                    var k = i.keys.getFirst();
                    i.keys.set(0, new PairSpec.Key(k.col(), k.expr(), k.opclass(), !k.desc(), k.nulls()));
                }
                case 2 -> {
                    if (i.unique || i.using != null
                            || !i.keys.stream().allMatch(k -> PairGenerator.distinctValues(t, t.cols.get(k.col())))) return false;
                    i.unique = true;
                }
                default -> i.comment = g.maybeText(0.7);
            }
            return true;
        });
    }
}
