package io.schemasync.proofs;

import io.schemasync.proofs.PairSpec.Check;
import io.schemasync.proofs.PairSpec.Col;
import io.schemasync.proofs.PairSpec.Domain;
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
import java.util.regex.Pattern;

/**
 * A {@link PairSpec} as the YAML a person would write (flow maps for the small objects, one per line), ready to be
 * turned into an acceptance case. Every key and value is a double-quoted YAML string; every name in SQL text is a
 * double-quoted identifier.
 */
final class PairYaml {
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private PairYaml() {}

    static String write(PairSpec s) {
        StringBuilder y = new StringBuilder("schemas:\n  ").append(q(PairSpec.SCHEMA)).append(":\n");
        // The roles that own objects need USAGE on the schema: PostgreSQL runs a foreign key's checks as the owner
        // of the table it references.
        y.append("    grants: { ").append(String.join(", ", PairRun.ROLES.stream().map(r -> q(r) + ": [\"usage\"]")
                .toList())).append(" }\n");
        if (!s.enums.isEmpty()) {
            y.append("    enums:\n");
            s.enums.forEach((n, e) -> {
                y.append("      ").append(q(n)).append(": { values: ").append(list(e.labels))
                        .append(opt("comment", e.comment)).append(opt("renamed_from", e.renamedFrom));
                if (!e.renamedValues.isEmpty()) {
                    List<String> pairs = new ArrayList<>();
                    e.renamedValues.forEach((to, from) -> pairs.add(q(to) + ": " + q(from)));
                    y.append(", renamed_values: { ").append(String.join(", ", pairs)).append(" }");
                }
                y.append(" }\n");
            });
        }
        if (!s.seqs.isEmpty()) {
            y.append("    sequences:\n");
            s.seqs.forEach((n, q) -> y.append("      ").append(q(n)).append(": ").append(sequence(q)).append('\n'));
        }
        if (!s.types.isEmpty()) {
            y.append("    types:\n");
            s.types.forEach((n, u) -> y.append("      ").append(q(n)).append(": ").append(type(u)).append('\n'));
        }
        if (!s.domains.isEmpty()) {
            y.append("    domains:\n");
            s.domains.forEach((n, d) -> y.append("      ").append(q(n)).append(": ").append(domain(d)).append('\n'));
        }
        if (!s.tables.isEmpty() || !s.parts.isEmpty()) {
            y.append("    tables:\n");
            s.tables.forEach((n, t) -> table(y, n, t));
            s.parts.forEach((n, p) -> part(y, n, p));
        }
        if (!s.views.isEmpty()) {
            y.append("    views:\n");
            s.views.forEach((n, v) -> y.append("      ").append(q(n)).append(": { query: ").append(q(query(v)))
                    .append(v.barrier ? ", security_barrier: true" : "").append(opt("comment", v.comment))
                    .append(access(v.access)).append(" }\n"));
        }
        if (!s.matviews.isEmpty()) {
            y.append("    materialized_views:\n");
            s.matviews.forEach((n, m) -> y.append("      ").append(q(n)).append(": ").append(matview(m)).append('\n'));
        }
        routines(y, "functions", s.functions, true);
        if (!s.triggerFunctions.isEmpty()) {
            if (s.functions.isEmpty()) y.append("    functions:\n");
            s.triggerFunctions.forEach((n, comment) -> y.append("      ").append(q(n + "()"))
                    .append(": { returns: \"trigger\", language: \"plpgsql\", body: ").append(q(TRIGGER_BODY))
                    .append(opt("comment", comment)).append(" }\n"));
        }
        routines(y, "procedures", s.procedures, false);
        if (!s.drops.isEmpty()) {
            y.append("    drop:\n");
            s.drops.forEach((kind, names) -> y.append("      ").append(kind).append(": ").append(list(names))
                    .append('\n'));
        }
        return y.toString();
    }

    /** Passes the row on (OLD for a delete, so a BEFORE DELETE trigger does not cancel the delete). */
    static final String TRIGGER_BODY = "BEGIN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END";

    private static String trigger(PairSpec.Trig t) {
        StringBuilder y = new StringBuilder("{ timing: ").append(q(t.timing)).append(", events: ").append(list(t.events));
        if (t.row) y.append(", for_each: \"row\"");
        if (t.whenChanged) y.append(", when: ").append(q("OLD.* IS DISTINCT FROM NEW.*"));
        y.append(", function: ").append(q(t.function));
        return y.append(opt("enabled", t.enabled)).append(opt("comment", t.comment))
                .append(opt("renamed_from", t.renamedFrom)).append(" }").toString();
    }

    /** How {@code drop:} names a trigger: {@code table.trigger}, each part a quoted identifier. */
    static String triggerRef(String table, String trigger) {
        return ident(table) + "." + ident(trigger);
    }

    private static String matview(PairSpec.MatView m) {
        View v = new View();
        v.table = m.table;
        v.cols = m.cols;
        v.where = m.where;
        StringBuilder y = new StringBuilder("{ query: ").append(q(query(v)));
        if (m.withData != null) y.append(", with_data: ").append(m.withData);
        y.append(opt("comment", m.comment)).append(opt("renamed_from", m.renamedFrom)).append(access(m.access));
        if (!m.indexes.isEmpty()) {
            List<String> ix = new ArrayList<>();
            m.indexes.forEach((n, i) -> ix.add(q(n) + ": " + index(i)));
            y.append(", indexes: { ").append(String.join(", ", ix)).append(" }");
        }
        return y.append(" }").toString();
    }

    private static String type(PairSpec.UType u) {
        StringBuilder y = new StringBuilder("{ ");
        if (u.attributes != null) {
            List<String> atts = new ArrayList<>();
            u.attributes.forEach((n, t) -> atts.add(q(n) + ": " + (u.renamedAttributes.containsKey(n)
                    ? "{ type: " + q(t) + ", renamed_from: " + q(u.renamedAttributes.get(n)) + " }" : q(t))));
            y.append("attributes: { ").append(String.join(", ", atts)).append(" }");
        } else {
            y.append("range: { subtype: ").append(q(u.subtype)).append(" }");
        }
        return y.append(opt("comment", u.comment)).append(opt("renamed_from", u.renamedFrom)).append(" }").toString();
    }

    private static String sequence(Seq q) {
        StringBuilder y = new StringBuilder("{ type: ").append(q(q.type));
        if (q.start != null) y.append(", start: ").append(q.start);
        if (q.increment != null) y.append(", increment: ").append(q.increment);
        if (q.maxValue != null) y.append(", max_value: ").append(q.maxValue);
        if (q.cache != null) y.append(", cache: ").append(q.cache);
        if (q.cycle) y.append(", cycle: true");
        return y.append(opt("comment", q.comment)).append(access(q.access)).append(" }").toString();
    }

    private static String domain(Domain d) {
        StringBuilder y = new StringBuilder("{ type: ").append(q(d.base.plainType));
        if (!d.nullable) y.append(", nullable: false");
        y.append(opt("default", d.dflt));
        if (!d.checks.isEmpty()) {
            List<String> checks = new ArrayList<>();
            d.checks.forEach((n, c) -> checks.add(q(n) + ": " + q(c)));
            y.append(", checks: { ").append(String.join(", ", checks)).append(" }");
        }
        return y.append(opt("comment", d.comment)).append(" }").toString();
    }

    private static void table(StringBuilder y, String name, Table t) {
        y.append("      ").append(q(name)).append(":\n");
        if (t.renamedFrom != null) y.append("        renamed_from: ").append(q(t.renamedFrom)).append('\n');
        if (t.comment != null) y.append("        comment: ").append(q(t.comment)).append('\n');
        y.append("        columns:\n");
        t.cols.forEach((n, c) -> y.append("          ").append(q(n)).append(": ").append(column(c)).append('\n'));
        if (t.pk != null) y.append("        primary_key: ").append(list(t.pk)).append('\n');
        if (!t.uniques.isEmpty()) {
            y.append("        unique:\n");
            t.uniques.forEach((n, u) -> y.append("          ").append(q(n)).append(": ").append(list(u)).append('\n'));
        }
        if (t.unlogged) y.append("        unlogged: true\n");
        if (!t.with.isEmpty()) y.append("        with: ").append(with(t.with)).append('\n');
        if (t.rlsEnabled != null) {
            y.append("        row_level_security: { enabled: ").append(t.rlsEnabled)
                    .append(t.rlsForced ? ", forced: true" : "").append(" }\n");
        }
        if (t.access.owner != null) y.append("        owner: ").append(q(t.access.owner)).append('\n');
        if (t.access.grants != null) y.append("        grants: ").append(grants(t.access)).append('\n');
        if (!t.checks.isEmpty()) {
            y.append("        checks:\n");
            t.checks.forEach((n, c) -> y.append("          ").append(q(n)).append(": ").append(t.notValid.contains(n)
                    ? "{ expression: " + q(condition(c)) + ", not_valid: true }" : q(condition(c))).append('\n'));
        }
        if (!t.exclusions.isEmpty()) {
            y.append("        exclude:\n");
            t.exclusions.forEach((n, c) -> y.append("          ").append(q(n)).append(": { using: \"btree\", elements: [[")
                    .append(q(ident(c))).append(", \"=\"]] }\n"));
        }
        if (!t.fks.isEmpty()) {
            y.append("        foreign_keys:\n");
            t.fks.forEach((n, f) -> y.append("          ").append(q(n)).append(": ").append(fk(f)).append('\n'));
        }
        if (!t.indexes.isEmpty()) {
            y.append("        indexes:\n");
            t.indexes.forEach((n, i) -> y.append("          ").append(q(n)).append(": ").append(index(i)).append('\n'));
        }
        if (!t.triggers.isEmpty()) {
            y.append("        triggers:\n");
            t.triggers.forEach((n, g) -> y.append("          ").append(q(n)).append(": ").append(trigger(g)).append('\n'));
        }
        if (!t.policies.isEmpty()) {
            y.append("        policies:\n");
            t.policies.forEach((n, p) -> y.append("          ").append(q(n)).append(": ").append(policy(p)).append('\n'));
        }
    }

    private static String policy(PairSpec.Policy p) {
        List<String> parts = new ArrayList<>();
        if (p.command != null) parts.add("command: " + q(p.command));
        if (!p.roles.isEmpty()) parts.add("roles: " + list(p.roles));
        if (!p.permissive) parts.add("permissive: false");
        if (p.using != null) parts.add("using: " + q(expr(p.using)));
        if (p.withCheck != null) parts.add("with_check: " + q(expr(p.withCheck)));
        String y = "{ " + String.join(", ", parts);
        return (parts.isEmpty() ? y.substring(0, 2) + "command: \"all\"" : y) + opt("comment", p.comment)
                + opt("renamed_from", p.renamedFrom) + " }";
    }

    static String expr(PairSpec.PolicyExpr e) {
        return e.check() != null ? condition(e.check()) : e.text();
    }

    private static String with(Map<String, String> with) {
        List<String> parts = new ArrayList<>();
        with.forEach((k, v) -> parts.add(k + ": " + v));
        return "{ " + String.join(", ", parts) + " }";
    }

    /** {@code , owner: ..., grants: {...}} of an object written as a flow map, or nothing. */
    private static String access(PairSpec.Access a) {
        return opt("owner", a.owner) + (a.grants == null ? "" : ", grants: " + grants(a));
    }

    private static String grants(PairSpec.Access a) {
        List<String> roles = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(a.grants.keySet());
        names.addAll(a.columnGrants.keySet());
        for (String role : names) {
            List<String> items = new ArrayList<>(a.grants.getOrDefault(role, List.of()).stream().map(PairYaml::q).toList());
            List<String> cols = a.columnGrants.getOrDefault(role, List.of());
            if (!cols.isEmpty()) items.add("{ privileges: [\"select\", \"update\"], columns: " + list(cols) + " }");
            roles.add(q(role) + ": [" + String.join(", ", items) + "]");
        }
        return "{ " + String.join(", ", roles) + " }";
    }

    private static void part(StringBuilder y, String name, PairSpec.Part p) {
        y.append("      ").append(q(name)).append(":\n");
        if (p.comment != null) y.append("        comment: ").append(q(p.comment)).append('\n');
        y.append("        columns:\n");
        y.append("          \"id\": { type: \"bigint\", nullable: false }\n");
        y.append("          \"day\": { type: \"date\", nullable: false }\n");
        y.append("          \"kind\": { type: \"text\", nullable: false }\n");
        y.append("          \"amount\": { type: \"integer\" }\n");
        for (String c : p.extraCols) y.append("          ").append(q(c)).append(": { type: \"integer\" }\n");
        y.append("        primary_key: [\"id\", ").append(q(p.range ? "day" : "kind")).append("]\n");
        if (!p.indexes.isEmpty()) {
            y.append("        indexes:\n");
            p.indexes.forEach((n, i) -> y.append("          ").append(q(n)).append(": ").append(index(i)).append('\n'));
        }
        y.append("        partition_by: { ").append(p.range ? "range" : "list").append(": [")
                .append(q(p.range ? "day" : "kind")).append("] }\n");
        y.append("        partitions:\n");
        p.partitions.forEach((n, v) -> {
            y.append("          ").append(q(n)).append(": { ");
            if (v == null) y.append("default: true");
            else if (p.range) y.append("values: ").append(q(monthBound(v.getFirst())));
            else y.append("in: ").append(list(v));
            if (p.fillfactor.containsKey(n)) y.append(", with: { fillfactor: ").append(p.fillfactor.get(n)).append(" }");
            y.append(opt("comment", p.comments.get(n))).append(" }\n");
        });
    }

    /** The range of a month of 2026 ({@code "03"}), December up to the next year. */
    static String monthBound(String month) {
        int m = Integer.parseInt(month);
        String to = m == 12 ? "2027-01-01" : String.format("2026-%02d-01", m + 1);
        return "FROM ('2026-" + month + "-01') TO ('" + to + "')";
    }

    private static String column(Col c) {
        StringBuilder y = new StringBuilder("{ type: ").append(q(c.type));
        if (!c.nullable) y.append(", nullable: false");
        if (c.identity != null) y.append(", identity: ").append(q(c.identity));
        y.append(opt("default", c.seq != null ? "nextval('" + (ident(PairSpec.SCHEMA) + "." + ident(c.seq)).replace("'", "''") + "')" : c.dflt));
        if (c.genSrc != null) y.append(", generated: ").append(q(ident(c.genSrc) + " * " + c.genFactor));
        y.append(opt("comment", c.comment)).append(opt("renamed_from", c.renamedFrom));
        return y.append(" }").toString();
    }

    private static String fk(Fk f) {
        return "{ columns: " + list(f.cols) + ", references: " + q(refName(f.refTable) + "(" + String.join(", ",
                f.refCols.stream().map(PairYaml::refName).toList()) + ")") + opt("on_delete", f.onDelete) + " }";
    }

    static String index(Index i) {
        StringBuilder y = new StringBuilder("{ columns: ").append(list(i.keys.stream().map(PairYaml::key).toList()));
        if (i.unique) y.append(", unique: true");
        if (i.using != null) y.append(", using: ").append(q(i.using));
        if (!i.include.isEmpty()) y.append(", include: ").append(list(i.include));
        if (i.where != null) y.append(", where: ").append(q(condition(i.where)));
        return y.append(opt("comment", i.comment)).append(" }").toString();
    }

    static String key(Key k) {
        String text = switch (k.expr()) {
            case PLAIN -> ident(k.col());
            case LOWER -> "lower(" + ident(k.col()) + ")";
            case PLUS_ONE -> "(" + ident(k.col()) + " + 1)";
        };
        if (k.opclass() != null) text += " " + k.opclass();
        if (k.desc()) text += " desc";
        if (k.nulls() != null) text += " nulls " + k.nulls();
        return text;
    }

    static String condition(Check c) {
        String col = ident(c.col());
        return switch (c.cond()) {
            case NONNEG -> col + " >= 0";
            case BELOW_MILLION -> col + " < 1000000";
            case NOT_EMPTY -> "length(" + col + ") > 0";
            case SHORT -> "length(" + col + ") < 100";
            case NOT_NULL -> col + " IS NOT NULL";
        };
    }

    static String query(View v) {
        String q = "SELECT " + String.join(", ", v.cols.stream().map(PairYaml::ident).toList())
                + (v.fn == null ? "" : ", " + ident(PairSpec.SCHEMA) + "." + ident(v.fn) + "(1) AS \"fn value\"")
                + " FROM " + ident(PairSpec.SCHEMA) + "." + ident(v.table);
        return v.where == null ? q : q + " WHERE " + condition(v.where);
    }

    private static void routines(StringBuilder y, String kind, Map<String, Routine> routines, boolean function) {
        if (routines.isEmpty()) return;
        y.append("    ").append(kind).append(":\n");
        routines.forEach((n, r) -> {
            y.append("      ").append(q(n + "(" + r.arg + " integer)")).append(": { ");
            if (function) y.append("returns: ").append(q(r.result)).append(", ");
            y.append("language: ").append(q(r.language));
            if (r.volatility != null) y.append(", volatility: ").append(q(r.volatility));
            y.append(", body: ").append(q(body(r, function))).append(opt("comment", r.comment))
                    .append(opt("renamed_from", r.renamedFrom)).append(access(r.access)).append(" }\n");
        });
    }

    static String body(Routine r, boolean function) {
        String x = r.arg;
        if (r.language.equals("sql")) return "SELECT " + (r.result.equals("integer") ? x + " + " + r.k
                : "(" + x + " + " + r.k + ")::" + r.result);
        return function ? "BEGIN RETURN " + x + " + " + r.k + "; END" : "BEGIN PERFORM " + x + " + " + r.k + "; END";
    }

    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A name in {@code references:}: taken as written, double-quoted only where it must be. */
    private static String refName(String name) {
        return PLAIN_NAME.matcher(name).matches() || name.chars().allMatch(Character::isLetterOrDigit) ? name
                : ident(name);
    }

    private static String opt(String key, String value) {
        return value == null ? "" : ", " + key + ": " + q(value);
    }

    static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(PairYaml::q).toList()) + "]";
    }

    /** A YAML double-quoted string. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
