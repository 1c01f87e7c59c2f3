package io.schemasync.proofs;

import io.schemasync.proofs.PairSpec.Cat;
import io.schemasync.proofs.PairSpec.Check;
import io.schemasync.proofs.PairSpec.Col;
import io.schemasync.proofs.PairSpec.Cond;
import io.schemasync.proofs.PairSpec.Domain;
import io.schemasync.proofs.PairSpec.Expr;
import io.schemasync.proofs.PairSpec.Fk;
import io.schemasync.proofs.PairSpec.Index;
import io.schemasync.proofs.PairSpec.Key;
import io.schemasync.proofs.PairSpec.Routine;
import io.schemasync.proofs.PairSpec.Seq;
import io.schemasync.proofs.PairSpec.Table;
import io.schemasync.proofs.PairSpec.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random but valid desired schemas (A) for the generated pairs; {@link PairMutations} turns A into B. Names come from
 * small pools that hold reserved words ({@code order}, {@code user}, {@code select}), capitals and spaces, so quoting
 * is exercised everywhere; constraint and index names are numbered.
 */
final class PairGenerator {
    static final List<String> TABLE_NAMES = List.of("customer", "order", "Item", "line item", "account", "event",
            "user", "t_5", "note");
    static final List<String> COLUMN_NAMES = List.of("name", "total", "qty", "memo", "Code", "created at", "status",
            "score", "flag", "ref", "amount", "label", "day", "uid", "select", "kind", "size");
    static final List<String> TEXTS = List.of("People who order", "it's \"quoted\"", "ünïcode ✓", "a comment",
            "line one");
    private static final Cat[] PLAIN = {Cat.SMALLINT, Cat.INT, Cat.BIGINT, Cat.NUMERIC, Cat.TEXT, Cat.VARCHAR,
            Cat.BOOL, Cat.TSTZ, Cat.DATE, Cat.UUID};

    final Random r;
    private int counter;

    PairGenerator(Random r) {
        this.r = r;
    }

    PairSpec schemaA() {
        PairSpec s = new PairSpec();
        for (int i = r.nextInt(3); i > 0; i--) addEnum(s);
        for (int i = r.nextInt(2); i > 0; i--) addSequence(s);
        for (int i = r.nextInt(3); i > 0; i--) addDomain(s);
        for (int i = r.nextInt(2); i > 0; i--) addType(s);
        for (int i = 1 + r.nextInt(3); i > 0; i--) addTable(s, true);
        for (int i = r.nextInt(3); i > 0; i--) addView(s);
        for (int i = r.nextInt(2); i > 0; i--) addMatView(s);
        for (int i = r.nextInt(3); i > 0; i--) addRoutine(s, s.functions, true);
        for (int i = r.nextInt(2); i > 0; i--) addRoutine(s, s.procedures, false);
        for (int i = r.nextInt(3); i > 0; i--) addTrigger(s);
        if (chance(0.45)) addPart(s, true);
        for (var e : s.tables.entrySet()) {
            Table t = e.getValue();
            if (chance(0.25)) {
                t.rlsEnabled = chance(0.8);
                t.rlsForced = t.rlsEnabled && chance(0.3);
                for (int i = r.nextInt(3); i > 0; i--) policy(t);
            }
            if (chance(0.25)) tableOptions(t);
            if (chance(0.15) && freeOfForeignKeys(s, e.getKey())) t.unlogged = true;
            if (chance(0.15)) exclusion(s, t);
            if (chance(0.25)) access(t.access, TABLE_PRIVILEGES, new ArrayList<>(t.cols.keySet()));
        }
        for (Seq q : s.seqs.values()) if (chance(0.25)) access(q.access, SEQUENCE_PRIVILEGES, null);
        for (Routine f : s.functions.values()) if (chance(0.25)) access(f.access, ROUTINE_PRIVILEGES, null);
        for (Routine f : s.procedures.values()) if (chance(0.2)) access(f.access, ROUTINE_PRIVILEGES, null);
        for (View v : s.views.values()) if (chance(0.25)) access(v.access, TABLE_PRIVILEGES, null);
        for (PairSpec.MatView m : s.matviews.values()) if (chance(0.25)) access(m.access, MATVIEW_PRIVILEGES, null);
        return s;
    }

    static final List<String> TABLE_PRIVILEGES = List.of("select", "insert", "update", "delete", "truncate",
            "references", "trigger");
    static final List<String> MATVIEW_PRIVILEGES = List.of("select");
    static final List<String> SEQUENCE_PRIVILEGES = List.of("usage", "select", "update");
    static final List<String> ROUTINE_PRIVILEGES = List.of("execute");

    /** No foreign key of the schema starts or ends at the table (PostgreSQL's rule for UNLOGGED tables). */
    static boolean freeOfForeignKeys(PairSpec s, String table) {
        Table t = s.tables.get(table);
        return t != null && t.fks.isEmpty() && s.tables.values().stream()
                .noneMatch(o -> o.fks.values().stream().anyMatch(f -> f.refTable.equals(table)));
    }

    /** An owner at times, and grants to one or two roles (PUBLIC too), column privileges where {@code cols} are given. */
    void access(PairSpec.Access a, List<String> privileges, List<String> cols) {
        if (chance(0.5)) a.owner = pick(List.of("pair_owner", "Pair Writer"));
        if (a.owner != null && chance(0.3)) return;
        if (a.grants == null) a.grants = new java.util.TreeMap<>();
        for (int i = 1 + r.nextInt(2); i > 0; i--) grant(a, privileges, cols);
    }

    /** One more privilege for a role (a column privilege at times). */
    void grant(PairSpec.Access a, List<String> privileges, List<String> cols) {
        if (a.grants == null) a.grants = new java.util.TreeMap<>();
        String role = pick(privileges.equals(ROUTINE_PRIVILEGES) || chance(0.8) ? List.of("pair_reader", "Pair Writer")
                : List.of("public"));
        if (cols != null && !cols.isEmpty() && chance(0.25)) {
            String col = pick(cols);
            List<String> have = a.columnGrants.computeIfAbsent(role, k -> new ArrayList<>());
            if (!have.contains(col)) have.add(col);
            return;
        }
        List<String> have = a.grants.computeIfAbsent(role, k -> new ArrayList<>());
        String p = pick(privileges);
        if (!have.contains(p)) have.add(p);
    }

    static final List<String> POLICY_TEXTS = List.of("true", "current_user = 'pair_reader'",
            "current_setting('app.tenant', true) IS NOT NULL", "pg_catalog.now() > '2000-01-01'::timestamptz");

    PairSpec.PolicyExpr policyExpr(Table t) {
        if (chance(0.5)) {
            Check c = condition(t, pick(new ArrayList<>(t.cols.keySet())));
            if (c != null) return new PairSpec.PolicyExpr(null, c);
        }
        return new PairSpec.PolicyExpr(pick(POLICY_TEXTS), null);
    }

    void policy(Table t) {
        PairSpec.Policy p = new PairSpec.Policy();
        p.command = pick(java.util.Arrays.asList(null, "select", "insert", "update", "delete"));
        for (String role : List.of("pair_reader", "Pair Writer", "pair_owner")) if (chance(0.3)) p.roles.add(role);
        p.permissive = !chance(0.2);
        policyExpressions(t, p);
        p.comment = maybeText(0.2);
        String name;
        do {
            name = fresh(pick(List.of("pol_", "Readers ", "own rows ")));
        } while (t.policies.containsKey(name));
        t.policies.put(name, p);
    }

    /** USING and WITH CHECK as the command allows them (insert: WITH CHECK only; select, delete: USING only). */
    void policyExpressions(Table t, PairSpec.Policy p) {
        p.using = "insert".equals(p.command) ? null : policyExpr(t);
        p.withCheck = "select".equals(p.command) || "delete".equals(p.command) ? null
                : "insert".equals(p.command) || chance(0.5) ? policyExpr(t) : null;
    }

    static final List<String> STORAGE = List.of("fillfactor", "autovacuum_enabled", "toast.autovacuum_enabled",
            "autovacuum_vacuum_scale_factor", "parallel_workers");

    void tableOptions(Table t) {
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            String k = pick(STORAGE);
            t.with.put(k, storageValue(k));
        }
    }

    String storageValue(String k) {
        return switch (k) {
            case "fillfactor" -> "" + (50 + r.nextInt(51));
            case "autovacuum_enabled", "toast.autovacuum_enabled" -> chance(0.5) ? "false" : "true";
            case "autovacuum_vacuum_scale_factor" -> pick(List.of("0.02", "0.1", "0.25"));
            default -> "" + r.nextInt(8);
        };
    }

    /** An exclusion constraint {@code EXCLUDE USING btree (col WITH =)} on a column whose rows are distinct. */
    void exclusion(PairSpec s, Table t) {
        List<String> fit = t.cols.entrySet().stream().filter(e -> distinctValues(t, e.getValue())
                && e.getValue().cat != Cat.BOOL).map(Map.Entry::getKey).toList();
        if (fit.isEmpty()) return;
        String col = pick(fit);
        if (!t.exclusions.containsValue(col)) t.exclusions.put(freshConstraint(s, "ex"), col);
    }

    static final List<String> PART_NAMES = List.of("events", "Visit Log", "measure");

    /** A partitioned table by range of month (January always there, or a default) or by list of kind. */
    void addPart(PairSpec s, boolean withRows) {
        String name = freshName(s, PART_NAMES, "part");
        PairSpec.Part p = new PairSpec.Part();
        p.range = chance(0.6);
        p.hasRows = withRows;
        boolean dflt = chance(0.4);
        if (p.range) {
            if (!dflt || chance(0.5)) p.partitions.put(name + "_01", new ArrayList<>(List.of("01")));
            for (int i = r.nextInt(3); i > 0; i--) {
                String m = String.format("%02d", 2 + r.nextInt(11));
                if (!p.partitions.containsKey(name + "_" + m)) p.partitions.put(name + "_" + m, new ArrayList<>(List.of(m)));
            }
        } else {
            if (!dflt || chance(0.5)) p.partitions.put(name + " k", new ArrayList<>(List.of("k1", "k2", "k3")));
            for (int i = r.nextInt(3); i > 0; i--) {
                String v = fresh("x");
                p.partitions.put(name + " " + v, new ArrayList<>(List.of(v)));
            }
        }
        if (dflt) p.partitions.put(name + "_default", null);
        if (chance(0.4)) partIndex(s, p);
        p.comment = maybeText(0.2);
        if (p.partitions.keySet().stream().anyMatch(s::relationNameTaken)) return;
        s.parts.put(name, p);
    }

    void partIndex(PairSpec s, PairSpec.Part p) {
        Index ix = new Index();
        List<String> cols = new ArrayList<>(List.of("kind", "amount", "day"));
        cols.addAll(p.extraCols);
        ix.keys.add(new Key(pick(cols), Expr.PLAIN, null, chance(0.3), null));
        if (chance(0.3)) ix.keys.add(new Key("id", Expr.PLAIN, null, false, null));
        ix.comment = maybeText(0.2);
        p.indexes.put(freshConstraint(s, "px"), ix);
    }

    String fresh(String prefix) {
        return prefix + (++counter);
    }

    /** A name of the pool (or a numbered one) that no relation, type or column of the schema has. */
    String freshName(PairSpec s, List<String> pool, String prefix) {
        List<String> free = pool.stream().filter(n -> !s.relationNameTaken(n) && !renamedFrom(s, n)).toList();
        return free.isEmpty() || chance(0.2) ? fresh(prefix) : pick(free);
    }

    private static boolean renamedFrom(PairSpec s, String name) {
        return s.tables.values().stream().anyMatch(t -> name.equals(t.renamedFrom)
                || t.cols.values().stream().anyMatch(c -> name.equals(c.renamedFrom)));
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    String maybeText(double p) {
        return chance(p) ? pick(TEXTS) : null;
    }

    void addEnum(PairSpec s) {
        PairSpec.Enum e = new PairSpec.Enum();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) e.labels.add(pick(List.of("new", "Old", "in progress", "it's", "yes")) + i);
        e.rowLabel = e.labels.getFirst();
        e.comment = maybeText(0.3);
        s.enums.put(freshName(s, List.of("mood", "status", "Kind"), "enum"), e);
    }

    void addSequence(PairSpec s) {
        Seq q = new Seq();
        q.type = pick(List.of("bigint", "integer"));
        if (chance(0.5)) q.start = (long) (1 + r.nextInt(1000));
        if (chance(0.3)) q.increment = (long) (1 + r.nextInt(5));
        if (chance(0.3)) q.cache = (long) (1 + r.nextInt(20));
        q.cycle = chance(0.2);
        q.comment = maybeText(0.3);
        s.seqs.put(freshName(s, List.of("invoice_number", "Ticket"), "seq"), q);
    }

    void addDomain(PairSpec s) {
        Domain d = new Domain();
        d.base = chance(0.5) ? Cat.INT : Cat.TEXT;
        if (chance(0.4)) domainCheck(d);
        if (chance(0.3)) d.dflt = d.base == Cat.INT ? "1" : "'d'";
        d.nullable = !chance(0.2);
        d.comment = maybeText(0.3);
        s.domains.put(freshName(s, List.of("positive", "Label", "email"), "dom"), d);
    }

    void domainCheck(Domain d) {
        String check = d.base == Cat.INT ? pick(List.of("VALUE > 0", "VALUE < 1000000"))
                : pick(List.of("VALUE <> ''", "length(VALUE) < 100"));
        if (!d.checks.containsValue(check)) d.checks.put(fresh("dck"), check);
    }

    void addTable(PairSpec s, boolean withRows) {
        String name = freshName(s, TABLE_NAMES, "tab");
        Table t = new Table();
        t.hasRows = withRows;
        s.tables.put(name, t);
        Col id = new Col();
        id.cat = chance(0.5) ? Cat.INT : Cat.BIGINT;
        id.type = id.cat.plainType;
        id.identity = pick(java.util.Arrays.asList("always", "by_default", null));
        id.nullable = id.identity == null && chance(0.5);
        id.hasRows = withRows;
        t.cols.put("id", id);
        if (chance(0.9)) t.pk = new ArrayList<>(List.of("id"));
        t.comment = maybeText(0.3);
        for (int i = 1 + r.nextInt(4); i > 0; i--) t.cols.put(freshColumn(t), column(s, t, withRows));
        if (chance(0.4)) foreignKey(s, name, t, true);
        for (int i = r.nextInt(3); i > 0; i--) check(s, t);
        if (chance(0.3)) unique(t);
        for (int i = r.nextInt(3); i > 0; i--) index(t);
    }

    String freshColumn(Table t) {
        List<String> free = COLUMN_NAMES.stream().filter(n -> !t.cols.containsKey(n)
                && t.cols.values().stream().noneMatch(c -> n.equals(c.renamedFrom))).toList();
        return free.isEmpty() ? fresh("col") : pick(free);
    }

    /** A new column; in a table with rows it is filled with the rows' values when it is part of A. */
    Col column(PairSpec s, Table t, boolean hasRows) {
        Col c = new Col();
        c.hasRows = hasRows;
        List<String> numbers = t.cols.entrySet().stream().filter(e -> e.getValue().genSrc == null
                && (e.getValue().cat == Cat.INT || e.getValue().cat == Cat.BIGINT
                || e.getValue().cat == Cat.NUMERIC)).map(Map.Entry::getKey).toList();
        if (!numbers.isEmpty() && chance(0.15)) {
            c.genSrc = pick(numbers);
            c.cat = t.cols.get(c.genSrc).cat;
            c.type = t.cols.get(c.genSrc).type;
            c.genFactor = 2 + r.nextInt(3);
            c.comment = maybeText(0.2);
            return c;
        }
        double kind = r.nextDouble();
        if (kind < 0.12 && !s.enums.isEmpty()) {
            c.cat = Cat.ENUM;
            c.type = pick(new ArrayList<>(s.enums.keySet()));
        } else if (kind < 0.24 && !s.domains.isEmpty()) {
            c.type = pick(new ArrayList<>(s.domains.keySet()));
            c.cat = s.domains.get(c.type).base == Cat.INT ? Cat.DOMAIN_INT : Cat.DOMAIN_TEXT;
        } else {
            c.cat = PLAIN[r.nextInt(PLAIN.length)];
            c.type = c.cat.plainType;
        }
        c.nullable = !chance(0.4);
        if (c.cat.integer() && !s.seqs.isEmpty() && chance(0.15)) c.seq = pick(new ArrayList<>(s.seqs.keySet()));
        else if (chance(0.3) || !hasRows && t.hasRows && !c.nullable) c.dflt = defaultFor(s, c);
        if (c.cat.integer() && c.dflt == null && c.seq == null && chance(0.1)) {
            c.identity = pick(List.of("always", "by_default"));
            c.nullable = false;
        }
        c.comment = maybeText(0.2);
        return c;
    }

    String defaultFor(PairSpec s, Col c) {
        return switch (c.cat) {
            case SMALLINT, INT, BIGINT, NUMERIC -> pick(List.of("0", "7", "(1 + 1)"));
            case DOMAIN_INT -> pick(List.of("7", "(1 + 1)"));
            case TEXT, VARCHAR, DOMAIN_TEXT -> pick(List.of("'x'", "'hello'", "'it''s'"));
            case BOOL -> pick(List.of("true", "false"));
            case TSTZ -> pick(List.of("now()", "CURRENT_TIMESTAMP", "'2026-01-01 00:00:00+00'"));
            case DATE -> pick(List.of("CURRENT_DATE", "'2026-01-01'"));
            case UUID -> "'00000000-0000-0000-0000-000000000000'";
            case ENUM -> "'" + s.enums.get(c.type).rowLabel.replace("'", "''") + "'";
        };
    }

    /** The column's values are known: its rows' values, its default, or there are no rows. */
    static boolean valuesKnown(Table t, Col c) {
        return !t.hasRows || c.hasRows || c.dflt != null || c.seq != null || c.identity != null
                || c.genSrc != null && t.cols.get(c.genSrc) != null && valuesKnown(t, t.cols.get(c.genSrc));
    }

    /** The column holds a different non-null value in every row. */
    static boolean distinctValues(Table t, Col c) {
        return !t.hasRows || c.hasRows && c.cat.distinct() && c.genSrc == null;
    }

    /** A condition that holds for every row of the column, or null. */
    Check condition(Table t, String col) {
        Col c = t.cols.get(col);
        List<Cond> fit = new ArrayList<>();
        if (c.cat.numeric()) fit.addAll(List.of(Cond.NONNEG, Cond.BELOW_MILLION));
        if (c.cat.text()) fit.addAll(List.of(Cond.NOT_EMPTY, Cond.SHORT));
        if (valuesKnown(t, c)) fit.add(Cond.NOT_NULL);
        return fit.isEmpty() ? null : new Check(pick(fit), col);
    }

    void check(PairSpec s, Table t) {
        Check c = condition(t, pick(new ArrayList<>(t.cols.keySet())));
        if (c != null && !t.checks.containsValue(c)) t.checks.put(freshConstraint(s, "ck"), c);
    }

    String freshConstraint(PairSpec s, String prefix) {
        String n;
        do {
            n = fresh(prefix);
        } while (s.relationNameTaken(n));
        return n;
    }

    void unique(Table t) {
        List<String> fit = t.cols.entrySet().stream().filter(e -> distinctValues(t, e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (fit.isEmpty()) return;
        List<String> cols = new ArrayList<>(List.of(pick(fit)));
        String second = pick(new ArrayList<>(t.cols.keySet()));
        if (chance(0.3) && !cols.contains(second)) cols.add(second);
        if (t.uniques.values().stream().noneMatch(cols::equals)) t.uniques.put(fresh("uq"), cols);
    }

    void index(Table t) {
        Index ix = new Index();
        List<String> names = new ArrayList<>(t.cols.keySet());
        for (int i = chance(0.3) ? 2 : 1; i > 0; i--) {
            String col = pick(names);
            if (ix.keys.stream().noneMatch(k -> k.col().equals(col))) ix.keys.add(key(t, col));
        }
        ix.unique = chance(0.2) && ix.keys.stream().allMatch(k -> distinctValues(t, t.cols.get(k.col())));
        if (!ix.unique && ix.keys.size() == 1 && chance(0.1)) {
            ix.keys.set(0, new Key(ix.keys.getFirst().col(), Expr.PLAIN, null, false, null));
            ix.using = "hash";
        } else if (chance(0.2)) {
            String inc = pick(names);
            if (ix.keys.stream().noneMatch(k -> k.col().equals(inc))) ix.include.add(inc);
        }
        if (chance(0.3)) ix.where = condition(t, pick(names));
        ix.comment = maybeText(0.15);
        t.indexes.put(fresh("ix"), ix);
    }

    Key key(Table t, String col) {
        Cat cat = t.cols.get(col).cat;
        Expr expr = Expr.PLAIN;
        if (cat.text() && chance(0.3)) expr = Expr.LOWER;
        else if (cat.numeric() && chance(0.2)) expr = Expr.PLUS_ONE;
        String opclass = null;
        if (chance(0.3) && (expr == Expr.LOWER || cat == Cat.TEXT)) opclass = "text_pattern_ops";
        else if (chance(0.3) && expr == Expr.PLAIN && cat == Cat.VARCHAR) opclass = "varchar_pattern_ops";
        return new Key(col, expr, opclass, chance(0.3), chance(0.2) ? pick(List.of("first", "last")) : null);
    }

    /**
     * A foreign key from a new column or an integer column of {@code t} to the {@code id} of a table of the schema
     * (itself included). In A only to itself or an earlier table, so that {@link PairRows} can insert in order.
     */
    void foreignKey(PairSpec s, String name, Table t, boolean inA) {
        List<String> parents = new ArrayList<>();
        for (var e : s.tables.entrySet()) {
            Table p = e.getValue();
            boolean idKey = p.pk != null && p.pk.equals(List.of("id")) && p.cols.get("id").cat.integer()
                    && !p.unlogged && !t.unlogged;
            if (idKey && (!t.hasRows || p.hasRows && (p != t || inA))) parents.add(e.getKey());
        }
        if (parents.isEmpty()) return;
        String parent = pick(parents);
        Fk f = new Fk();
        List<String> existing = inA ? List.of() : t.cols.entrySet().stream()
                .filter(e -> e.getValue().cat.integer() && distinctValues(t, e.getValue()) && e.getValue().genSrc == null)
                .map(Map.Entry::getKey).toList();
        String col;
        if (!existing.isEmpty() && chance(0.5)) {
            col = pick(existing);
        } else {
            Col ref = new Col();
            ref.cat = s.tables.get(parent).cols.get("id").cat;
            ref.type = ref.cat.plainType;
            ref.hasRows = inA;
            ref.nullable = !inA && t.hasRows || !chance(0.3);
            col = freshColumn(t);
            t.cols.put(col, ref);
        }
        boolean nullable = t.cols.get(col).nullable;
        f.cols.add(col);
        f.refTable = parent;
        f.refCols.add("id");
        f.onDelete = pick(java.util.Arrays.asList(null, "cascade", "restrict", nullable ? "set_null" : "cascade"));
        t.fks.put(freshConstraint(s, "fk"), f);
    }

    void addView(PairSpec s) {
        if (s.tables.isEmpty()) return;
        String table = pick(new ArrayList<>(s.tables.keySet()));
        Table t = s.tables.get(table);
        View v = new View();
        v.table = table;
        for (String c : t.cols.keySet()) if (v.cols.isEmpty() || chance(0.5)) v.cols.add(c);
        if (chance(0.4)) v.where = condition(t, pick(new ArrayList<>(t.cols.keySet())));
        v.comment = maybeText(0.3);
        v.barrier = chance(0.2);
        if (!s.functions.isEmpty() && chance(0.3)) v.fn = pick(new ArrayList<>(s.functions.keySet()));
        s.views.put(freshName(s, List.of("active", "Report", "big order"), "view"), v);
    }

    void addMatView(PairSpec s) {
        if (s.tables.isEmpty()) return;
        String table = pick(new ArrayList<>(s.tables.keySet()));
        Table t = s.tables.get(table);
        PairSpec.MatView m = new PairSpec.MatView();
        m.table = table;
        for (String c : t.cols.keySet()) if (m.cols.isEmpty() || chance(0.5)) m.cols.add(c);
        if (chance(0.3)) m.where = condition(t, pick(new ArrayList<>(t.cols.keySet())));
        if (chance(0.3)) m.withData = chance(0.5);
        m.comment = maybeText(0.3);
        if (chance(0.5)) matviewIndex(s, m);
        s.matviews.put(freshName(s, List.of("daily total", "Summary", "mv_stats"), "mv"), m);
    }

    void matviewIndex(PairSpec s, PairSpec.MatView m) {
        Index ix = new Index();
        ix.keys.add(new Key(pick(m.cols), Expr.PLAIN, null, chance(0.3), null));
        ix.comment = maybeText(0.2);
        m.indexes.put(freshConstraint(s, "mx"), ix);
    }

    void addRoutine(PairSpec s, Map<String, Routine> into, boolean function) {
        Routine r = new Routine();
        r.k = this.r.nextInt(10);
        r.language = chance(0.5) ? "sql" : "plpgsql";
        if (function && chance(0.5)) r.volatility = pick(List.of("immutable", "stable", "volatile"));
        r.comment = maybeText(0.3);
        String name;
        do {
            name = fresh(function ? "fn_" : "proc_");
        } while (s.functions.containsKey(name) || s.procedures.containsKey(name));
        into.put(name, r);
    }

    /** A trigger on one of the tables, executing a trigger function of the schema (a new one at times). */
    void addTrigger(PairSpec s) {
        if (s.tables.isEmpty()) return;
        Table t = s.tables.get(pick(new ArrayList<>(s.tables.keySet())));
        String name;
        do {
            name = fresh(pick(List.of("trg_", "Audit ", "touch_")));
        } while (t.triggers.containsKey(name));
        t.triggers.put(name, trigger(s));
    }

    PairSpec.Trig trigger(PairSpec s) {
        PairSpec.Trig g = new PairSpec.Trig();
        g.timing = chance(0.5) ? "before" : "after";
        g.row = chance(0.6);
        for (String e : List.of("insert", "update", "delete")) if (chance(0.5)) g.events.add(e);
        if (!g.row && chance(0.2)) g.events.add("truncate");
        if (g.events.isEmpty()) g.events.add("update");
        // Not on BEFORE triggers: NEW.* there would read generated columns, which PostgreSQL refuses.
        g.whenChanged = g.row && g.timing.equals("after") && g.events.equals(List.of("update")) && chance(0.5);
        g.function = triggerFunction(s);
        if (chance(0.2)) g.enabled = pick(List.of("always", "replica", "disabled"));
        g.comment = maybeText(0.3);
        return g;
    }

    String triggerFunction(PairSpec s) {
        if (!s.triggerFunctions.isEmpty() && chance(0.7)) return pick(new ArrayList<>(s.triggerFunctions.keySet()));
        String name;
        do {
            name = fresh("trgfn_");
        } while (s.functions.containsKey(name) || s.procedures.containsKey(name) || s.triggerFunctions.containsKey(name));
        s.triggerFunctions.put(name, maybeText(0.3));
        return name;
    }

    static final List<String> ATTRIBUTE_TYPES = List.of("text", "integer", "bigint", "numeric(12,2)", "varchar(40)",
            "boolean", "date", "timestamptz", "text[]");
    static final List<String> RANGE_SUBTYPES = List.of("integer", "bigint", "numeric", "date", "timestamptz");

    /** A composite type (one to four attributes) or, at times, a range type. */
    void addType(PairSpec s) {
        PairSpec.UType u = new PairSpec.UType();
        String name;
        if (chance(0.3)) {
            u.subtype = pick(RANGE_SUBTYPES);
            name = freshName(s, List.of("span", "price_range", "Period"), "rng");
            if (s.relationNameTaken(PairSpec.multirange(name))) return;
        } else {
            u.attributes = new java.util.LinkedHashMap<>();
            for (int i = 1 + r.nextInt(4); i > 0; i--) u.attributes.put(freshAttribute(u), pick(ATTRIBUTE_TYPES));
            name = freshName(s, List.of("address", "Money", "line item t"), "typ");
        }
        u.comment = maybeText(0.3);
        s.types.put(name, u);
    }

    String freshAttribute(PairSpec.UType u) {
        List<String> free = COLUMN_NAMES.stream().filter(n -> !u.attributes.containsKey(n)
                && !u.renamedAttributes.containsValue(n)).toList();
        return free.isEmpty() || chance(0.2) ? fresh("att") : pick(free);
    }
}
