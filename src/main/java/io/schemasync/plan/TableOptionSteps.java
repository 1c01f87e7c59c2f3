package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.model.ReplicaIdentity;
import io.schemasync.model.Storage;
import io.schemasync.model.TableOptions;
import io.schemasync.plan.Hazard.Kind;
import io.schemasync.plan.Step.Action;
import io.schemasync.sql.Guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static io.schemasync.plan.StepBuilder.alterTable;
import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/** ALTER TABLE / INDEX ... SET (storage), SET LOGGED / UNLOGGED, REPLICA IDENTITY; ALTER EXTENSION ... UPDATE. */
final class TableOptionSteps {
    private TableOptionSteps() {}

    /**
     * Storage parameters change in the catalog only (most under SHARE UPDATE EXCLUSIVE): a new fillfactor applies to
     * pages written from then on. SET LOGGED / UNLOGGED writes the whole table again under ACCESS EXCLUSIVE (a new
     * relfilenode, and for LOGGED every page into the WAL). REPLICA IDENTITY changes the catalog only.
     */
    static Draft alter(Change.AlterTableOptions c, Tables tables) {
        TableOptions from = c.from(), to = c.to();
        Draft d = new Draft(c, Action.ALTER, summary(from, to));
        if (from.unlogged() != to.unlogged()) {
            d.sql(alterTable(c.schema(), c.table()) + (to.unlogged() ? " SET UNLOGGED" : " SET LOGGED"));
            if (tables.hasRows(c.schema(), c.table())) {
                d.hazard(Kind.REWRITES_TABLE, "rewrites " + c.table() + " under an ACCESS EXCLUSIVE lock"
                        + (to.unlogged() ? "; from then on its rows are lost in a crash and not replicated"
                        : ", writing every row to the WAL"));
                ColumnSteps.rewriteFigures(d, tables, c.schema(), c.table());
            } else if (to.unlogged()) {
                d.hazard(Kind.NOTE, "unlogged: its rows are lost in a crash and not sent to replicas");
            }
        }
        storage(d, alterTable(c.schema(), c.table()), from.storage(), to.storage());
        if (!from.replicaIdentity().equals(to.replicaIdentity())) {
            d.sql(alterTable(c.schema(), c.table()) + " REPLICA IDENTITY " + replicaIdentity(to.replicaIdentity()));
        }
        return d;
    }

    private static String summary(TableOptions from, TableOptions to) {
        List<String> what = new ArrayList<>();
        if (from.unlogged() != to.unlogged()) what.add(to.unlogged() ? "set unlogged" : "set logged");
        what.addAll(storageSummary(from.storage(), to.storage()));
        if (!from.replicaIdentity().equals(to.replicaIdentity())) {
            what.add("replica identity " + to.replicaIdentity().describe());
        }
        return String.join(", ", what);
    }

    static Draft indexStorage(Change.AlterIndexStorage c) {
        boolean fillfactor = c.from().storage().params().containsKey("fillfactor")
                || c.to().storage().params().containsKey("fillfactor");
        Draft d = new Draft(c, Action.ALTER, String.join(", ", storageSummary(c.from().storage(), c.to().storage()))
                + (fillfactor ? " (pages written from now on; REINDEX repacks the rest)" : ""));
        storage(d, "ALTER INDEX " + qualified(c.schema(), c.to().name()), c.from().storage(), c.to().storage());
        return d;
    }

    private static List<String> storageSummary(Storage from, Storage to) {
        List<String> what = new ArrayList<>();
        SortedMap<String, String> set = to.setFrom(from);
        List<String> reset = to.resetFrom(from);
        if (!set.isEmpty()) what.add("set (" + String.join(", ", set.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()) + ")");
        if (!reset.isEmpty()) what.add("reset (" + String.join(", ", reset) + ")");
        return what;
    }

    private static void storage(Draft d, String alter, Storage from, Storage to) {
        SortedMap<String, String> set = to.setFrom(from);
        List<String> reset = to.resetFrom(from);
        if (!set.isEmpty()) d.sql(alter + " SET " + with(set));
        if (!reset.isEmpty()) {
            d.sql(alter + " RESET (" + String.join(", ", reset.stream().map(TableOptionSteps::param).toList()) + ")");
        }
    }

    /** {@code ("fillfactor" = '70', "toast"."autovacuum_enabled" = 'false')}: names quoted, values as literals. */
    static String with(Map<String, String> params) {
        return "(" + String.join(", ", params.entrySet().stream()
                .map(e -> param(e.getKey()) + " = " + literal(e.getValue())).toList()) + ")";
    }

    private static String param(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? quote(name) : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
    }

    static String replicaIdentity(ReplicaIdentity r) {
        return switch (r.mode()) {
            case DEFAULT -> "DEFAULT";
            case FULL -> "FULL";
            case NOTHING -> "NOTHING";
            case INDEX -> "USING INDEX " + quote(r.index());
        };
    }

    /**
     * ALTER EXTENSION ... UPDATE TO runs the extension's own update scripts: they may rewrite its objects, and a
     * version without an update path from the installed one fails (in the transaction, so nothing is left half).
     */
    static Draft updateExtension(Change.UpdateExtension c) {
        String sql = "ALTER EXTENSION " + quote(c.to().name()) + " UPDATE TO " + literal(c.to().version());
        return new Draft(c, Action.ALTER, "update " + c.from().version() + " → " + c.to().version())
                .sql(sql, Guard.doIf("EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = "
                        + literal(c.to().name()) + " AND extversion <> " + literal(c.to().version()) + ")", sql))
                .hazard(Kind.NOTE, "runs the extension's update scripts, which may change or rewrite its objects;"
                        + " there is no way back to " + c.from().version() + " unless the extension ships a downgrade path");
    }
}
