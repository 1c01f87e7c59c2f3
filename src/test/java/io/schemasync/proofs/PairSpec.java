package io.schemasync.proofs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One desired schema of the generated pairs ({@link PairGenerator}), as structure rather than text, so that a
 * mutation can rename a column and every expression that names it follows ({@link PairYaml} writes the text). Every
 * object lives in the schema {@value #SCHEMA}. Mutable, with a deep {@link #copy()}: B is A's copy, mutated.
 * <p>
 * The rows ({@link PairRows}) are a function of the column's category and the row's number, chosen so that every
 * constraint the generator writes holds for them (numbers 1..n, short distinct texts, no NULLs).
 */
final class PairSpec {
    static final String SCHEMA = "app";

    /** A column's family of types: what its rows hold and which constraints and type changes fit it. */
    enum Cat {
        SMALLINT("smallint"), INT("integer"), BIGINT("bigint"), NUMERIC("numeric(12,2)"), TEXT("text"),
        VARCHAR("varchar(40)"), BOOL("boolean"), TSTZ("timestamptz"), DATE("date"), UUID("uuid"), ENUM(null),
        DOMAIN_INT(null), DOMAIN_TEXT(null);

        final String plainType;

        Cat(String plainType) {
            this.plainType = plainType;
        }

        boolean numeric() {
            return this == SMALLINT || this == INT || this == BIGINT || this == NUMERIC || this == DOMAIN_INT;
        }

        boolean text() {
            return this == TEXT || this == VARCHAR || this == DOMAIN_TEXT;
        }

        boolean integer() {
            return this == SMALLINT || this == INT || this == BIGINT;
        }

        /** Rows hold a different value in every row (so a unique key or index on it holds). */
        boolean distinct() {
            return this != BOOL && this != ENUM;
        }
    }

    static final class Col {
        String type;
        Cat cat;
        boolean nullable = true;
        String dflt;
        /** A default of {@code nextval} of this sequence of the schema. */
        String seq;
        String identity;
        /** Generated as {@code "genSrc" * genFactor}. */
        String genSrc;
        int genFactor;
        String comment;
        String renamedFrom;
        /** Existed in A, so the rows give it distinct non-null values; a column B adds holds its default or NULL. */
        boolean hasRows;

        Col copy() {
            Col c = new Col();
            c.type = type;
            c.cat = cat;
            c.nullable = nullable;
            c.dflt = dflt;
            c.seq = seq;
            c.identity = identity;
            c.genSrc = genSrc;
            c.genFactor = genFactor;
            c.comment = comment;
            c.renamedFrom = renamedFrom;
            c.hasRows = hasRows;
            return c;
        }
    }

    /** A boolean condition on one column, written by {@link PairYaml#condition}. */
    enum Cond { NONNEG, BELOW_MILLION, NOT_EMPTY, SHORT, NOT_NULL }

    record Check(Cond cond, String col) {}

    enum Expr { PLAIN, LOWER, PLUS_ONE }

    record Key(String col, Expr expr, String opclass, boolean desc, String nulls) {
        Key withCol(String c) {
            return new Key(c, expr, opclass, desc, nulls);
        }
    }

    static final class Index {
        List<Key> keys = new ArrayList<>();
        List<String> include = new ArrayList<>();
        Check where;
        boolean unique;
        String using;
        String comment;

        Index copy() {
            Index i = new Index();
            i.keys = new ArrayList<>(keys);
            i.include = new ArrayList<>(include);
            i.where = where;
            i.unique = unique;
            i.using = using;
            i.comment = comment;
            return i;
        }
    }

    static final class Fk {
        List<String> cols = new ArrayList<>();
        String refTable;
        List<String> refCols = new ArrayList<>();
        String onDelete;

        Fk copy() {
            Fk f = new Fk();
            f.cols = new ArrayList<>(cols);
            f.refTable = refTable;
            f.refCols = new ArrayList<>(refCols);
            f.onDelete = onDelete;
            return f;
        }
    }

    static final class Table {
        String renamedFrom;
        String comment;
        Map<String, Col> cols = new LinkedHashMap<>();
        List<String> pk;
        Map<String, List<String>> uniques = new LinkedHashMap<>();
        Map<String, Check> checks = new LinkedHashMap<>();
        Map<String, Fk> fks = new LinkedHashMap<>();
        Map<String, Index> indexes = new LinkedHashMap<>();
        Map<String, Trig> triggers = new LinkedHashMap<>();
        /** Created in A (so it holds rows). */
        boolean hasRows;
        /** {@code row_level_security: { enabled, forced }}; null: not managed (never made null again). */
        Boolean rlsEnabled;
        boolean rlsForced;
        Map<String, Policy> policies = new LinkedHashMap<>();
        boolean unlogged;
        /** Storage parameters ({@code with:}), name → value. */
        Map<String, String> with = new TreeMap<>();
        /** The checks written {@code not_valid: true} (the rows need not pass them). */
        java.util.Set<String> notValid = new java.util.TreeSet<>();
        /** Exclusion constraints {@code EXCLUDE USING btree (col WITH =)}: name → column. */
        Map<String, String> exclusions = new LinkedHashMap<>();
        Access access = new Access();

        Table copy() {
            Table t = copyCore();
            t.rlsEnabled = rlsEnabled;
            t.rlsForced = rlsForced;
            policies.forEach((n, p) -> t.policies.put(n, p.copy()));
            t.unlogged = unlogged;
            t.with.putAll(with);
            t.notValid.addAll(notValid);
            t.exclusions.putAll(exclusions);
            t.access = access.copy();
            return t;
        }

        private Table copyCore() {
            Table t = new Table();
            t.renamedFrom = renamedFrom;
            t.comment = comment;
            cols.forEach((n, c) -> t.cols.put(n, c.copy()));
            t.pk = pk == null ? null : new ArrayList<>(pk);
            uniques.forEach((n, u) -> t.uniques.put(n, new ArrayList<>(u)));
            t.checks.putAll(checks);
            fks.forEach((n, f) -> t.fks.put(n, f.copy()));
            indexes.forEach((n, i) -> t.indexes.put(n, i.copy()));
            triggers.forEach((n, g) -> t.triggers.put(n, g.copy()));
            t.hasRows = hasRows;
            return t;
        }

        /** Every place that names a column of this table (not views or other tables' foreign keys). */
        boolean usesInConstraints(String col) {
            return pk != null && pk.contains(col) || uniques.values().stream().anyMatch(u -> u.contains(col))
                    || checks.values().stream().anyMatch(c -> c.col().equals(col))
                    || fks.values().stream().anyMatch(f -> f.cols.contains(col))
                    || exclusions.containsValue(col)
                    || indexes.values().stream().anyMatch(i -> i.include.contains(col)
                    || i.keys.stream().anyMatch(k -> k.col().equals(col)) || i.where != null && i.where.col().equals(col));
        }

        boolean generatedFrom(String col) {
            return cols.values().stream().anyMatch(c -> col.equals(c.genSrc));
        }
    }

    /**
     * A trigger of a table, executing one of the schema's trigger functions ({@link #triggerFunctions}); it names no
     * column (a WHEN condition is {@code OLD.* IS DISTINCT FROM NEW.*}, on update-only row triggers), so column
     * changes never touch it.
     */
    static final class Trig {
        String timing;
        List<String> events = new ArrayList<>();
        boolean row;
        boolean whenChanged;
        String function;
        /** null (origin), always, replica or disabled. */
        String enabled;
        String comment;
        String renamedFrom;

        Trig copy() {
            Trig t = new Trig();
            t.timing = timing;
            t.events = new ArrayList<>(events);
            t.row = row;
            t.whenChanged = whenChanged;
            t.function = function;
            t.enabled = enabled;
            t.comment = comment;
            t.renamedFrom = renamedFrom;
            return t;
        }
    }

    /**
     * A composite type (attributes, in order) or a range type (a subtype), used by nothing else of the schema: a
     * column of it would need rows of it, which the rows do not write.
     */
    static final class UType {
        /** Attribute name → type; null for a range. */
        Map<String, String> attributes;
        /** Attribute name → its previous name ({@code renamed_from} on the attribute). */
        Map<String, String> renamedAttributes = new LinkedHashMap<>();
        String subtype;
        String comment;
        String renamedFrom;

        UType copy() {
            UType u = new UType();
            u.attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
            u.renamedAttributes.putAll(renamedAttributes);
            u.subtype = subtype;
            u.comment = comment;
            u.renamedFrom = renamedFrom;
            return u;
        }
    }

    /**
     * {@code owner:} and {@code grants:} of an object: null owner or grants is "not managed", which a mutation never
     * goes back to (the database would keep what A had, a database built from B would not). Column privileges
     * ({@code select} and {@code update} of some columns) are for tables only.
     */
    static final class Access {
        String owner;
        Map<String, List<String>> grants;
        Map<String, List<String>> columnGrants = new TreeMap<>();

        Access copy() {
            Access a = new Access();
            a.owner = owner;
            if (grants != null) {
                a.grants = new TreeMap<>();
                grants.forEach((r, p) -> a.grants.put(r, new ArrayList<>(p)));
            }
            columnGrants.forEach((r, c) -> a.columnGrants.put(r, new ArrayList<>(c)));
            return a;
        }

        /** role:privilege of every privilege the object holds by its grants (what PostgreSQL gives a new one when null). */
        java.util.Set<String> held(String defaults) {
            java.util.Set<String> out = new java.util.TreeSet<>();
            if (grants == null) {
                if (defaults != null) out.add(defaults);
                return out;
            }
            grants.forEach((r, ps) -> ps.forEach(p -> out.add(r + ":" + p)));
            return out;
        }
    }

    /**
     * A row-level security policy. Its expressions are one of a few that name no column, or a condition on one column
     * of the table ({@link Check}), which follows the column's renames.
     */
    static final class Policy {
        /** null (all), select, insert, update, delete. */
        String command;
        List<String> roles = new ArrayList<>();
        boolean permissive = true;
        PolicyExpr using;
        PolicyExpr withCheck;
        String comment;
        String renamedFrom;

        Policy copy() {
            Policy p = new Policy();
            p.command = command;
            p.roles = new ArrayList<>(roles);
            p.permissive = permissive;
            p.using = using;
            p.withCheck = withCheck;
            p.comment = comment;
            p.renamedFrom = renamedFrom;
            return p;
        }

        boolean reads(String col) {
            return using != null && using.check() != null && using.check().col().equals(col)
                    || withCheck != null && withCheck.check() != null && withCheck.check().col().equals(col);
        }
    }

    /** A policy expression: fixed text, or a condition on a column. */
    record PolicyExpr(String text, Check check) {
        PolicyExpr renamed(String from, String to) {
            return check == null ? this : new PolicyExpr(null, renameIn(check, from, to));
        }
    }

    /**
     * A partitioned table of fixed columns ({@code id bigint, day date, kind text, amount integer}), by range of
     * {@code day} (a partition a month of 2026) or by list of {@code kind}; A's rows are days 1..n of January and
     * kinds {@code k1..kn}, so they always land in the January partition (or {@code k} partition) or the default.
     */
    static final class Part {
        boolean range;
        /** partition name → month (range) or list values (list); null value: the DEFAULT partition. */
        Map<String, List<String>> partitions = new LinkedHashMap<>();
        /** Partition name → fillfactor, where it has one. */
        Map<String, String> fillfactor = new TreeMap<>();
        Map<String, String> comments = new TreeMap<>();
        Map<String, Index> indexes = new LinkedHashMap<>();
        /** Columns B adds (nullable integers). */
        List<String> extraCols = new ArrayList<>();
        String comment;
        boolean hasRows;

        Part copy() {
            Part p = new Part();
            p.range = range;
            partitions.forEach((n, v) -> p.partitions.put(n, v == null ? null : new ArrayList<>(v)));
            p.fillfactor.putAll(fillfactor);
            p.comments.putAll(comments);
            indexes.forEach((n, i) -> p.indexes.put(n, i.copy()));
            p.extraCols.addAll(extraCols);
            p.comment = comment;
            p.hasRows = hasRows;
            return p;
        }

        /** The partition A's rows go to: the one that holds January (or the row kinds), else the default. */
        String rowsGoTo() {
            for (var e : partitions.entrySet()) {
                if (e.getValue() != null && e.getValue().contains(range ? "01" : "k1")) return e.getKey();
            }
            for (var e : partitions.entrySet()) if (e.getValue() == null) return e.getKey();
            return null;
        }
    }

    static final class Enum {
        List<String> labels = new ArrayList<>();
        /** The label A's rows and every default hold: never removed or renamed. */
        String rowLabel;
        String comment;
        String renamedFrom;
        /** New label → old label. */
        Map<String, String> renamedValues = new LinkedHashMap<>();

        Enum copy() {
            Enum e = new Enum();
            e.labels = new ArrayList<>(labels);
            e.rowLabel = rowLabel;
            e.comment = comment;
            e.renamedFrom = renamedFrom;
            e.renamedValues.putAll(renamedValues);
            return e;
        }
    }

    /** A materialized view over one table's columns, with indexes on its output columns (plain keys). */
    static final class MatView {
        String table;
        List<String> cols = new ArrayList<>();
        Check where;
        Boolean withData;
        String comment;
        String renamedFrom;
        Map<String, Index> indexes = new LinkedHashMap<>();
        Access access = new Access();

        MatView copy() {
            MatView m = new MatView();
            m.access = access.copy();
            m.table = table;
            m.cols = new ArrayList<>(cols);
            m.where = where;
            m.withData = withData;
            m.comment = comment;
            m.renamedFrom = renamedFrom;
            indexes.forEach((n, i) -> m.indexes.put(n, i.copy()));
            return m;
        }
    }

    static final class Seq {
        String type = "bigint";
        Long start;
        Long increment;
        Long cache;
        Long maxValue;
        boolean cycle;
        String comment;
        Access access = new Access();

        Seq copy() {
            Seq s = new Seq();
            s.access = access.copy();
            s.type = type;
            s.start = start;
            s.increment = increment;
            s.cache = cache;
            s.maxValue = maxValue;
            s.cycle = cycle;
            s.comment = comment;
            return s;
        }
    }

    static final class Domain {
        Cat base;
        boolean nullable = true;
        String dflt;
        Map<String, String> checks = new LinkedHashMap<>();
        String comment;

        Domain copy() {
            Domain d = new Domain();
            d.base = base;
            d.nullable = nullable;
            d.dflt = dflt;
            d.checks.putAll(checks);
            d.comment = comment;
            return d;
        }
    }

    static final class View {
        String table;
        List<String> cols = new ArrayList<>();
        Check where;
        String comment;
        boolean barrier;
        Access access = new Access();
        /** A function of the schema the view calls ({@code fn(1)} as its last column), or null. */
        String fn;

        View copy() {
            View v = new View();
            v.access = access.copy();
            v.fn = fn;
            v.table = table;
            v.cols = new ArrayList<>(cols);
            v.where = where;
            v.comment = comment;
            v.barrier = barrier;
            return v;
        }
    }

    /** A function {@code name(x integer) RETURNS integer} that adds {@code k}, or a procedure that does likewise. */
    static final class Routine {
        int k;
        String language;
        String volatility;
        String comment;
        String renamedFrom;
        Access access = new Access();
        /** The argument's name, and the result type (a function's; integer or bigint). */
        String arg = "x";
        String result = "integer";
        /** Its argument was renamed or its result type changed since A (then it is not renamed as well). */
        boolean redefined;

        Routine copy() {
            Routine r = new Routine();
            r.access = access.copy();
            r.arg = arg;
            r.result = result;
            r.redefined = redefined;
            r.k = k;
            r.language = language;
            r.volatility = volatility;
            r.comment = comment;
            r.renamedFrom = renamedFrom;
            return r;
        }
    }

    Map<String, Enum> enums = new LinkedHashMap<>();
    Map<String, Seq> seqs = new LinkedHashMap<>();
    Map<String, Domain> domains = new LinkedHashMap<>();
    Map<String, UType> types = new LinkedHashMap<>();
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, View> views = new LinkedHashMap<>();
    Map<String, MatView> matviews = new LinkedHashMap<>();
    Map<String, Routine> functions = new LinkedHashMap<>();
    Map<String, Routine> procedures = new LinkedHashMap<>();
    /** Partitioned tables, by name. */
    Map<String, Part> parts = new LinkedHashMap<>();
    /** Trigger functions {@code name() RETURNS trigger} (plpgsql, passing the row on), by name: comment only. */
    Map<String, String> triggerFunctions = new LinkedHashMap<>();
    /** What {@code drop:} lists, by kind ({@code tables}, {@code enums}, ...). */
    Map<String, List<String>> drops = new TreeMap<>();

    PairSpec copy() {
        PairSpec s = new PairSpec();
        enums.forEach((n, e) -> s.enums.put(n, e.copy()));
        seqs.forEach((n, q) -> s.seqs.put(n, q.copy()));
        domains.forEach((n, d) -> s.domains.put(n, d.copy()));
        types.forEach((n, u) -> s.types.put(n, u.copy()));
        tables.forEach((n, t) -> s.tables.put(n, t.copy()));
        views.forEach((n, v) -> s.views.put(n, v.copy()));
        matviews.forEach((n, m) -> s.matviews.put(n, m.copy()));
        functions.forEach((n, r) -> s.functions.put(n, r.copy()));
        procedures.forEach((n, r) -> s.procedures.put(n, r.copy()));
        parts.forEach((n, p) -> s.parts.put(n, p.copy()));
        s.triggerFunctions.putAll(triggerFunctions);
        drops.forEach((k, l) -> s.drops.put(k, new ArrayList<>(l)));
        return s;
    }

    /**
     * What of A that B no longer has (a table, column, key, check, index, type, sequence, view, routine, domain
     * check) or narrows (a type change), so that the apply must be refused without --allow-destructive; empty when
     * B keeps everything.
     */
    static List<String> destroyed(PairSpec a, PairSpec b) {
        List<String> out = new ArrayList<>();
        a.tables.forEach((name, ta) -> {
            var found = b.tables.entrySet().stream().filter(e -> e.getKey().equals(name)
                    || name.equals(e.getValue().renamedFrom)).map(Map.Entry::getValue).findFirst();
            if (found.isEmpty()) out.add("table " + name);
            else destroyed(name, ta, found.get(), out);
        });
        java.util.Set<String> enums = new java.util.HashSet<>();
        b.enums.forEach((n, e) -> enums.add(e.renamedFrom == null ? n : e.renamedFrom));
        gone("type", a.enums.keySet(), enums, out);
        a.types.forEach((n, u) -> {
            var found = b.types.entrySet().stream().filter(e -> e.getKey().equals(n)
                    || n.equals(e.getValue().renamedFrom)).map(Map.Entry::getValue).findFirst();
            if (found.isEmpty()) out.add("type " + n);
            else if (u.attributes != null && found.get().attributes != null) {
                var ub = found.get();
                u.attributes.keySet().forEach(att -> {
                    if (!ub.attributes.containsKey(att) && !ub.renamedAttributes.containsValue(att)) {
                        out.add("attribute " + n + "." + att);
                    }
                });
            }
        });
        a.matviews.forEach((n, m) -> {
            var found = b.matviews.entrySet().stream().filter(e -> e.getKey().equals(n)
                    || n.equals(e.getValue().renamedFrom)).map(Map.Entry::getValue).findFirst();
            if (found.isEmpty()) out.add("materialized view " + n);
            else gone("index", m.indexes.keySet(), found.get().indexes.keySet(), out);
        });
        gone("sequence", a.seqs.keySet(), b.seqs.keySet(), out);
        a.seqs.forEach((n, q) -> {
            if (b.seqs.containsKey(n)) revoked("sequence " + n, q.access, b.seqs.get(n).access, null, out);
        });
        a.functions.forEach((n, r) -> b.functions.forEach((m, rb) -> {
            if (m.equals(n) || n.equals(rb.renamedFrom)) revoked("function " + n, r.access, rb.access, "public:execute", out);
        }));
        a.procedures.forEach((n, r) -> b.procedures.forEach((m, rb) -> {
            if (m.equals(n) || n.equals(rb.renamedFrom)) revoked("procedure " + n, r.access, rb.access, "public:execute", out);
        }));
        a.parts.forEach((n, p) -> {
            Part pb = b.parts.get(n);
            if (pb == null) out.add("partitioned table " + n);
            else {
                gone("partition", p.partitions.keySet(), pb.partitions.keySet(), out);
                gone("index", p.indexes.keySet(), pb.indexes.keySet(), out);
            }
        });
        gone("view", a.views.keySet(), b.views.keySet(), out);
        gone("domain", a.domains.keySet(), b.domains.keySet(), out);
        a.domains.forEach((n, d) -> {
            if (b.domains.containsKey(n)) gone("check of domain " + n, d.checks.keySet(), b.domains.get(n).checks.keySet(), out);
        });
        gone("function", a.functions.keySet(), liveNames(b.functions), out);
        gone("procedure", a.procedures.keySet(), liveNames(b.procedures), out);
        return out;
    }

    private static void destroyed(String name, Table ta, Table tb, List<String> out) {
        ta.cols.forEach((cn, ca) -> {
            var cb = tb.cols.entrySet().stream().filter(e -> e.getKey().equals(cn) || cn.equals(e.getValue().renamedFrom))
                    .map(Map.Entry::getValue).findFirst();
            if (cb.isEmpty()) out.add("column " + name + "." + cn);
            else if (NARROWING.contains(ca.type + " > " + cb.get().type)) out.add("type of " + name + "." + cn);
        });
        ta.triggers.keySet().forEach(n -> {
            if (tb.triggers.entrySet().stream().noneMatch(e -> e.getKey().equals(n) || n.equals(e.getValue().renamedFrom))) {
                out.add("trigger " + name + "." + n);
            }
        });
        if (ta.pk != null && tb.pk == null) out.add("primary key of " + name);
        ta.policies.keySet().forEach(n -> {
            if (tb.policies.entrySet().stream().noneMatch(e -> e.getKey().equals(n) || n.equals(e.getValue().renamedFrom))) {
                out.add("policy " + name + "." + n);
            }
        });
        if (Boolean.TRUE.equals(ta.rlsEnabled) && Boolean.FALSE.equals(tb.rlsEnabled)) out.add("row level security of " + name);
        else if (ta.rlsForced && !tb.rlsForced && tb.rlsEnabled != null) out.add("forced row level security of " + name);
        revoked("table " + name, ta.access, tb.access, null, out);
        ta.access.columnGrants.forEach((role, cols) -> cols.forEach(c -> {
            String cb = renamed(List.of(c), tb).getFirst();
            if (tb.cols.containsKey(cb) && !tb.access.columnGrants.getOrDefault(role, List.of()).contains(cb)) {
                out.add("column privileges of " + role + " on " + name + "." + c);
            }
        }));
        gone("exclusion constraint", ta.exclusions.keySet(), tb.exclusions.keySet(), out);
        // One of the same definition under another name is renamed, not dropped (written with B's column names).
        gone("unique key", ta.uniques, tb.uniques, u -> renamed(u, tb), out);
        gone("check", ta.checks, tb.checks, c -> new Check(c.cond(), renamed(List.of(c.col()), tb).getFirst()), out);
        gone("foreign key", ta.fks, tb.fks, f -> renamed(f.cols, tb) + " " + f.refTable + f.refCols + f.onDelete, out);
        gone("index", ta.indexes, tb.indexes, i -> {
            Index copy = i.copy();
            copy.comment = null;
            copy.keys = mapped(copy.keys, k -> k.withCol(renamed(List.of(k.col()), tb).getFirst()));
            copy.include = renamed(copy.include, tb);
            if (copy.where != null) copy.where = new Check(copy.where.cond(), renamed(List.of(copy.where.col()), tb).getFirst());
            return PairYaml.index(copy);
        }, out);
    }

    /** Columns of A as B names them. */
    private static List<String> renamed(List<String> cols, Table tb) {
        return cols.stream().map(c -> tb.cols.entrySet().stream().filter(e -> c.equals(e.getValue().renamedFrom))
                .map(Map.Entry::getKey).findFirst().orElse(c)).toList();
    }

    private static <V> void gone(String what, Map<String, V> before, Map<String, V> after, Function<V, Object> asB,
                                 List<String> out) {
        List<Object> kept = after.values().stream().map(v -> (Object) (v instanceof Index i ? indexText(i)
                : v instanceof Fk f ? f.cols + " " + f.refTable + f.refCols + f.onDelete : v)).toList();
        before.forEach((n, v) -> {
            if (!after.containsKey(n) && !kept.contains(asB.apply(v))) out.add(what + " " + n);
        });
    }

    private static String indexText(Index i) {
        Index copy = i.copy();
        copy.comment = null;
        return PairYaml.index(copy);
    }

    /** Privileges {@code a} holds by its grants that {@code b}'s grants no longer give (a revoke). */
    private static void revoked(String what, Access a, Access b, String defaults, List<String> out) {
        if (b.grants == null) return;
        java.util.Set<String> held = a.held(defaults);
        held.removeAll(b.held(defaults));
        // The owner's own privileges are implicit (never compared, never revoked).
        held.removeIf(h -> h.startsWith(a.owner + ":") || h.startsWith(b.owner + ":"));
        if (!held.isEmpty()) out.add("privileges " + held + " on " + what);
    }

    static final List<String> NARROWING = List.of("bigint > integer", "integer > smallint", "bigint > smallint",
            "numeric(14,2) > numeric(12,2)", "text > varchar(40)", "text > varchar(80)", "varchar(80) > varchar(40)");

    private static java.util.Set<String> liveNames(Map<String, Routine> routines) {
        java.util.Set<String> out = new java.util.HashSet<>();
        routines.forEach((n, r) -> out.add(r.renamedFrom == null ? n : r.renamedFrom));
        return out;
    }

    private static void gone(String what, java.util.Collection<String> before, java.util.Collection<String> after,
                             List<String> out) {
        for (String n : before) if (!after.contains(n)) out.add(what + " " + n);
    }

    void drop(String kind, String name) {
        drops.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }

    /** Every name the schema's relations use (tables, indexes and the indexes behind keys, sequences, views). */
    boolean relationNameTaken(String name) {
        if (tables.containsKey(name) || seqs.containsKey(name) || views.containsKey(name)) return true;
        for (var e : parts.entrySet()) {
            Part p = e.getValue();
            if (e.getKey().equals(name) || pkName(e.getKey()).equals(name) || p.partitions.containsKey(name)
                    || p.indexes.containsKey(name)) return true;
            // PostgreSQL names each partition's copy of a key or index after the partition.
            for (String part : p.partitions.keySet()) if (name.startsWith(part + "_")) return true;
        }
        if (enums.containsKey(name) || domains.containsKey(name) || matviews.containsKey(name)) return true;
        if (matviews.values().stream().anyMatch(m -> m.indexes.containsKey(name) || name.equals(m.renamedFrom))) return true;
        if (enums.values().stream().anyMatch(e -> name.equals(e.renamedFrom))) return true;
        if (types.containsKey(name) || types.values().stream().anyMatch(u -> name.equals(u.renamedFrom))) return true;
        // A range's multirange (PostgreSQL 14+) takes a name too: span → span_multirange, int_range → int_multirange.
        if (types.entrySet().stream().anyMatch(e -> e.getValue().subtype != null
                && name.equals(multirange(e.getKey())))) return true;
        for (var e : tables.entrySet()) {
            Table t = e.getValue();
            if (t.indexes.containsKey(name) || t.uniques.containsKey(name) || pkName(e.getKey()).equals(name)) return true;
            if (t.checks.containsKey(name) || t.fks.containsKey(name) || t.exclusions.containsKey(name)) return true;
            if (t.cols.containsKey(name)) return true;
        }
        return drops.values().stream().anyMatch(l -> l.contains(name));
    }

    static String multirange(String range) {
        return range.contains("range") ? range.replaceFirst("range", "multirange") : range + "_multirange";
    }

    static String pkName(String table) {
        return table + "_pkey";
    }

    /** The map with one key renamed, in the same place. */
    static <V> Map<String, V> renameKey(Map<String, V> map, String from, String to) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.equals(from) ? to : k, v));
        return out;
    }

    static List<String> renameIn(List<String> list, String from, String to) {
        return new ArrayList<>(list.stream().map(x -> x.equals(from) ? to : x).toList());
    }

    static Check renameIn(Check c, String from, String to) {
        return c == null || !c.col().equals(from) ? c : new Check(c.cond(), to);
    }

    static <T> List<T> mapped(List<T> list, Function<T, T> f) {
        return new ArrayList<>(list.stream().map(f).toList());
    }
}
