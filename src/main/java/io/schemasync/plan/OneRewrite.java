package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.sql.Guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Type changes of several columns of one table in one ALTER TABLE: PostgreSQL then rewrites the table once, where
 * one statement per column rewrites it once per column (Mastodon's ids_to_bigints widened follows.id, account_id
 * and target_account_id: three rewrites of the table under ACCESS EXCLUSIVE instead of one). The first step of a
 * run of such steps in a row runs the statement; the others keep their own statements before and after it.
 */
final class OneRewrite {
    private OneRewrite() {}

    static void merge(List<Draft> drafts) {
        int i = 0;
        while (i < drafts.size()) {
            int end = i + 1;
            while (end < drafts.size() && sameRewrite(drafts.get(i), drafts.get(end))) end++;
            if (end - i > 1) mergeRun(drafts.subList(i, end));
            i = end;
        }
    }

    private static boolean sameRewrite(Draft first, Draft next) {
        return mergeable(first) && mergeable(next) && first.phase == next.phase
                && first.rewrite.alterTable().equals(next.rewrite.alterTable());
    }

    private static boolean mergeable(Draft d) {
        return d.rewrite != null && d.change instanceof Change.AlterColumn && d.phase == Phase.TRANSACTION
                && !d.has(Hazard.Kind.UNSUPPORTED) && d.statements.size() == d.script.size();
    }

    private static void mergeRun(List<Draft> run) {
        Draft first = run.getFirst();
        List<String> clauses = new ArrayList<>();
        List<String> guards = new ArrayList<>();
        List<String> before = new ArrayList<>(), beforeScript = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Draft d : run) {
            Draft.TypeRewrite r = d.rewrite;
            clauses.add(r.clause());
            guards.add(r.guard());
            columns.add(((Change.AlterColumn) d.change).to().name());
            if (d == first) continue;
            // What has to run before the type changes (a default dropped, an identity dropped) moves up with them.
            before.addAll(d.statements.subList(0, r.statement()));
            beforeScript.addAll(d.script.subList(0, r.script()));
            d.statements.subList(0, r.statement() + 1).clear();
            d.script.subList(0, r.script() + 1).clear();
            d.preflights.removeAll(d.rewriteFigures);
            d.hazards.removeIf(h -> h.kind() == Hazard.Kind.REWRITES_TABLE);
            d.hazard(Hazard.Kind.NOTE, "its new type is set with " + columns.getFirst() + "'s, in one rewrite of the table");
            d.rewrite = null;
        }
        String sql = first.rewrite.alterTable() + " " + String.join(", ", clauses);
        String guard = guards.size() == 1 ? guards.getFirst() : "(" + String.join(") OR (", guards) + ")";
        int at = first.rewrite.statement();
        first.statements.set(at, sql);
        first.script.set(first.rewrite.script(), Guard.doIf(guard, sql));
        first.statements.addAll(at, before);
        first.script.addAll(first.rewrite.script(), beforeScript);
        first.hazard(Hazard.Kind.NOTE, "one rewrite for the new types of " + String.join(", ", columns)
                + " (one ALTER TABLE)");
        first.rewrite = null;
    }
}
