package io.schemasync.kinds;

import io.schemasync.kinds.Routine.Argument;
import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.sql.Guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static io.schemasync.sql.Sql.literal;

/**
 * The steps of functions and procedures. A change PostgreSQL can make with {@code CREATE OR REPLACE} is one
 * statement, which keeps the routine's OID, so views, defaults, checks, indexes and triggers that use it go on
 * using it. A change it cannot make so (the result, an input argument's name, a removed default) is a drop and a
 * create; while live objects depend on the routine, PostgreSQL refuses the drop, so the plan refuses that step and
 * names them.
 */
final class RoutineSteps {
    private RoutineSteps() {}

    static void create(String schema, Routine r, StepOut out) {
        StepOut.Step step = out.step(Act.CREATE, "create (" + describe(r) + ")")
                .sql(RoutineSql.create(schema, r, false), RoutineSql.create(schema, r, true));
        if (r.comment() != null) step.sql(RoutineSql.comment(schema, r, r.comment()));
        warnSearchPath(r, step);
    }

    private static String describe(Routine r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.language());
        if (!r.procedure()) parts.add("returns " + returns(r));
        if (r.securityDefiner()) parts.add("security definer");
        return String.join(", ", parts);
    }

    private static String returns(Routine r) {
        if (r.returnsTable()) return "table";
        return (r.returnsSet() ? "setof " : "") + (r.returnType() == null ? RoutineSql.derivedReturnType(r) : r.returnType());
    }

    /**
     * A SECURITY DEFINER routine runs with its owner's privileges; without a search_path of its own, a caller can
     * put objects of the same names earlier in the path and have them run with those privileges.
     * See https://www.postgresql.org/docs/current/sql-createfunction.html#SQL-CREATEFUNCTION-SECURITY.
     */
    private static void warnSearchPath(Routine r, StepOut.Step step) {
        if (r.securityDefiner() && !r.settings().containsKey("search_path")) {
            step.risk(Risk.NOTE, "security definer without a search_path of its own: callers can make it use their"
                    + " objects; add set: {search_path: ...} (pg_catalog, then the schemas it needs)");
        }
    }

    static void alter(String schema, Routine from, Routine to, StepOut out) {
        List<String> what = new ArrayList<>();
        List<String[]> sql = new ArrayList<>();
        Routine current = from;
        if (!from.name().equals(to.name())) {
            what.add("rename from " + from.routine());
            String rename = RoutineSql.rename(schema, from, to.routine());
            sql.add(new String[] {rename, Guard.doIf(RoutineSql.regprocedure(schema, from, from.routine()) + " IS NOT NULL AND "
                    + RoutineSql.regprocedure(schema, to, to.routine()) + " IS NULL", rename)});
            current = from.withName(to.name(), to.routine(), null, from.dependents());
        }
        String reason = recreateReason(from, to);
        if (reason != null && !from.dependents().isEmpty()) {
            refuseRecreate(from, reason, out);
            return;
        }
        if (reason != null) {
            what.add(reason + ": drop and create");
            sql.add(new String[] {RoutineSql.drop(schema, current, false), RoutineSql.drop(schema, current, true)});
            sql.add(new String[] {RoutineSql.create(schema, to, false), RoutineSql.create(schema, to, true)});
            if (to.comment() != null) sql.add(same(RoutineSql.comment(schema, to, to.comment())));
        } else {
            List<String> aspects = aspects(from, to);
            if (!aspects.isEmpty()) {
                what.addAll(aspects);
                sql.add(same(RoutineSql.create(schema, to, true)));
            }
        }
        if (!Objects.equals(from.comment(), to.comment()) && (reason == null || to.comment() == null)) {
            what.add(to.comment() == null ? "remove comment" : "comment " + literal(to.comment()));
            if (reason == null) sql.add(same(RoutineSql.comment(schema, to, to.comment())));
        }
        StepOut.Step step = out.step(Act.ALTER, String.join(", ", what));
        sql.forEach(s -> step.sql(s[0], s[1]));
        if (reason != null) {
            step.risk(Risk.PRIVILEGES_LOST, "the " + RoutineSql.word(to).toLowerCase() + " is created anew: privileges granted"
                    + " on it are lost (grant them again), and the role that applies owns it");
        }
        if (!from.securityDefiner() || from.settings().containsKey("search_path")) warnSearchPath(to, step);
    }

    private static String[] same(String statement) {
        return new String[] {statement, statement};
    }

    private static void refuseRecreate(Routine from, String reason, StepOut out) {
        String word = RoutineSql.word(from).toLowerCase();
        out.step(Act.ALTER, reason + ": drop and create").risk(Risk.UNSUPPORTED, "PostgreSQL cannot change this"
                + " in place (" + reason + "), and cannot drop the " + word + " to create it again while "
                + String.join(", ", from.dependents()) + " depend" + (from.dependents().size() == 1 ? "s" : "")
                + " on it: change or drop " + (from.dependents().size() == 1 ? "that" : "those") + " first, or give"
                + " the new version another name");
    }

    /**
     * Why CREATE OR REPLACE cannot make {@code from} into {@code to}, or null when it can. PostgreSQL refuses to
     * change the result type (with OUT arguments, their row), to rename an input argument that had a name, and to
     * remove argument defaults.
     */
    static String recreateReason(Routine from, Routine to) {
        if (!from.procedure() && (from.returnsSet() != to.returnsSet() || !Objects.equals(from.returnType(), to.returnType()))) {
            return "result " + returns(from) + " → " + returns(to);
        }
        if (!outputs(from).equals(outputs(to))) return "OUT arguments change";
        List<Argument> a = from.inputs();
        List<Argument> b = to.inputs();
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            if (a.get(i).name() != null && !a.get(i).name().equals(b.get(i).name())) {
                return "argument " + a.get(i).name() + " renamed to " + (b.get(i).name() == null ? "(none)" : b.get(i).name());
            }
        }
        if (defaults(b) < defaults(a)) return "an argument default is removed";
        return null;
    }

    private static List<String> outputs(Routine r) {
        return r.outputs().stream().map(x -> x.mode() + " " + x.name() + " " + x.type()).toList();
    }

    private static long defaults(List<Argument> inputs) {
        return inputs.stream().filter(x -> x.defaultExpr() != null).count();
    }

    /** What CREATE OR REPLACE changes, as the plan says it. */
    private static List<String> aspects(Routine from, Routine to) {
        List<String> out = new ArrayList<>();
        if (!from.body().equals(to.body())) out.add("new body");
        change(out, "language", from.language(), to.language());
        change(out, "volatility", from.volatility(), to.volatility());
        if (from.strict() != to.strict()) out.add(to.strict() ? "strict" : "not strict");
        if (from.securityDefiner() != to.securityDefiner()) out.add(to.securityDefiner() ? "security definer" : "security invoker");
        change(out, "parallel", from.parallel(), to.parallel());
        if (from.leakproof() != to.leakproof()) out.add(to.leakproof() ? "leakproof" : "not leakproof");
        change(out, "cost", from.cost(), to.cost());
        change(out, "rows", from.rows(), to.rows());
        settings(from, to, out);
        List<String> fromDefaults = from.arguments().stream().map(Argument::defaultExpr).toList();
        List<String> toDefaults = to.arguments().stream().map(Argument::defaultExpr).toList();
        if (!fromDefaults.equals(toDefaults)) out.add("argument defaults");
        if (!from.arguments().stream().map(Argument::name).toList().equals(to.arguments().stream().map(Argument::name).toList())) {
            out.add("argument names");
        }
        if (out.isEmpty() && !from.withName(to.name(), to.routine(), null, List.of()).withComment(to.comment()).equals(to)) {
            out.add("definition");
        }
        return out;
    }

    private static void change(List<String> out, String what, String a, String b) {
        if (!Objects.equals(a, b)) out.add(what + " " + a + " → " + b);
    }

    private static void settings(Routine from, Routine to, List<String> out) {
        TreeSet<String> names = new TreeSet<>(from.settings().keySet());
        names.addAll(to.settings().keySet());
        for (String name : names) {
            String a = from.settings().get(name);
            String b = to.settings().get(name);
            if (Objects.equals(a, b)) continue;
            out.add(b == null ? "reset " + name : "set " + name + " = " + literal(b));
        }
    }

    static void drop(String schema, Routine r, StepOut out) {
        String word = RoutineSql.word(r).toLowerCase();
        if (!r.dependents().isEmpty()) {
            out.step(Act.DROP, "drop").risk(Risk.UNSUPPORTED, "PostgreSQL cannot drop the " + word + " while "
                    + String.join(", ", r.dependents()) + " depend" + (r.dependents().size() == 1 ? "s" : "")
                    + " on it: change or drop " + (r.dependents().size() == 1 ? "that" : "those") + " first");
            return;
        }
        out.step(Act.DROP, "drop").risk(Risk.DESTRUCTIVE, "drops the " + word + " (code that calls it fails)")
                .sql(RoutineSql.drop(schema, r, false), RoutineSql.drop(schema, r, true));
    }
}
