package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * The statements of a trigger. Every name is quoted, the arguments are string literals, and the WHEN condition is
 * checked by the lexer to be one expression before it is placed in its parentheses.
 */
final class TriggerSql {
    private TriggerSql() {}

    static String create(String schema, Trigger t, boolean orReplace) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (orReplace) sql.append("OR REPLACE ");
        if (t.constraint()) sql.append("CONSTRAINT ");
        sql.append("TRIGGER ").append(quote(t.trigger())).append(' ')
                .append(t.timing().equals("instead_of") ? "INSTEAD OF" : t.timing().toUpperCase()).append(' ');
        List<String> events = new ArrayList<>();
        for (String e : t.events()) {
            events.add(e.equals("update") && !t.updateOf().isEmpty()
                    ? "UPDATE OF " + String.join(", ", t.updateOf().stream().map(io.schemasync.sql.Sql::quote).toList())
                    : e.toUpperCase());
        }
        sql.append(String.join(" OR ", events)).append(" ON ").append(qualified(schema, t.table()));
        if (t.constraint()) {
            sql.append(t.deferrable() ? " DEFERRABLE INITIALLY " + (t.initiallyDeferred() ? "DEFERRED" : "IMMEDIATE")
                    : " NOT DEFERRABLE");
        }
        if (t.oldTable() != null || t.newTable() != null) {
            sql.append(" REFERENCING");
            if (t.oldTable() != null) sql.append(" OLD TABLE AS ").append(quote(t.oldTable()));
            if (t.newTable() != null) sql.append(" NEW TABLE AS ").append(quote(t.newTable()));
        }
        sql.append(" FOR EACH ").append(t.forEachRow() ? "ROW" : "STATEMENT");
        if (t.when() != null) sql.append(" WHEN (").append(SqlText.requireExpression(t.when())).append(')');
        sql.append(" EXECUTE FUNCTION ").append(qualified(t.functionSchema(), t.function())).append('(')
                .append(String.join(", ", t.arguments().stream().map(io.schemasync.sql.Sql::literal).toList()))
                .append(')');
        return sql.toString();
    }

    /** For the replayable script: created only when the table has no trigger of that name. */
    static String guardedCreate(String schema, Trigger t) {
        return ifTrigger(schema, t.table(), t.trigger(), false, create(schema, t, false));
    }

    private static String ifTrigger(String schema, String table, String trigger, boolean exists, String statement) {
        String test = "SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = " + literal(qualified(schema, table))
                + "::pg_catalog.regclass AND tgname = " + literal(trigger);
        return "DO " + SqlText.dollarQuoted("BEGIN\n  IF " + (exists ? "" : "NOT ") + "EXISTS (" + test + ") THEN\n    "
                + statement + ";\n  END IF;\nEND");
    }

    static String drop(String schema, Trigger t, boolean ifExists) {
        return "DROP TRIGGER " + (ifExists ? "IF EXISTS " : "") + quote(t.trigger()) + " ON " + qualified(schema, t.table());
    }

    /** ALTER TABLE ... ENABLE/DISABLE TRIGGER, when the trigger is not enabled the default way (origin). */
    static Optional<String> enabled(String schema, Trigger t) {
        return t.enabled().equals("origin") ? Optional.empty() : Optional.of(setEnabled(schema, t));
    }

    private static String setEnabled(String schema, Trigger t) {
        String how = switch (t.enabled()) {
            case "disabled" -> "DISABLE";
            case "replica" -> "ENABLE REPLICA";
            case "always" -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
        return "ALTER TABLE " + qualified(schema, t.table()) + " " + how + " TRIGGER " + quote(t.trigger());
    }

    static String comment(String schema, Trigger t) {
        return "COMMENT ON TRIGGER " + quote(t.trigger()) + " ON " + qualified(schema, t.table()) + " IS "
                + literal(t.comment());
    }

    /** "before insert or update of a, b, for each row, when ...". */
    static String describe(Trigger t) {
        List<String> events = t.events().stream().map(e -> e.equals("update") && !t.updateOf().isEmpty()
                ? "update of " + String.join(", ", t.updateOf()) : e).toList();
        String what = (t.constraint() ? "constraint, " : "") + t.timing().replace('_', ' ') + " "
                + String.join(" or ", events) + ", for each " + (t.forEachRow() ? "row" : "statement");
        if (t.deferrable()) what += ", deferrable" + (t.initiallyDeferred() ? " initially deferred" : "");
        if (!t.enabled().equals("origin")) what += ", " + t.enabled();
        return what;
    }

    /**
     * A rename first (ALTER TRIGGER ... RENAME keeps everything else), then a new definition: CREATE OR REPLACE
     * where the server has it and neither side is a constraint trigger (PostgreSQL cannot replace those), else DROP
     * and CREATE in the same transaction, which loses the comment and the enabled state, so both are set again.
     */
    static void alter(String schema, Trigger from, Trigger to, StepOut out) {
        List<String> what = new ArrayList<>();
        List<String[]> sql = new ArrayList<>();
        if (!from.trigger().equals(to.trigger())) {
            what.add("rename from " + from.trigger());
            String rename = "ALTER TRIGGER " + quote(from.trigger()) + " ON " + qualified(schema, to.table())
                    + " RENAME TO " + quote(to.trigger());
            sql.add(new String[] {rename, ifTrigger(schema, to.table(), from.trigger(), true, rename)});
        }
        boolean redefined = !from.definition().equals(to.definition());
        boolean recreated = false;
        if (redefined) {
            what.addAll(differences(from, to));
            if (out.server().createOrReplaceTrigger() && !from.constraint() && !to.constraint()) {
                what.add("(create or replace)");
                sql.add(new String[] {create(schema, to, true), null});
            } else {
                what.add("(drop and create)");
                recreated = true;
                sql.add(new String[] {drop(schema, to, false), drop(schema, to, true)});
                sql.add(new String[] {create(schema, to, false), guardedCreate(schema, to)});
            }
        }
        if (!from.enabled().equals(to.enabled())) what.add("enabled " + from.enabled() + " → " + to.enabled());
        if (!from.enabled().equals(to.enabled()) || redefined && !to.enabled().equals("origin")) {
            sql.add(new String[] {setEnabled(schema, to), null});
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            what.add(to.comment() == null ? "remove comment" : "comment " + literal(to.comment()));
        }
        if (!Objects.equals(from.comment(), to.comment()) || recreated && to.comment() != null) {
            sql.add(new String[] {comment(schema, to), null});
        }
        StepOut.Step step = out.step(Act.ALTER, String.join(", ", what).replace(", (", " ("));
        for (String[] s : sql) {
            if (s[1] == null) step.sql(s[0]);
            else step.sql(s[0], s[1]);
        }
    }

    private static List<String> differences(Trigger from, Trigger to) {
        List<String> out = new ArrayList<>();
        if (!from.timing().equals(to.timing())) out.add("timing " + from.timing() + " → " + to.timing());
        if (!from.events().equals(to.events())) {
            out.add("events " + String.join(" or ", from.events()) + " → " + String.join(" or ", to.events()));
        }
        if (!from.updateOf().equals(to.updateOf())) {
            out.add(to.updateOf().isEmpty() ? "update of any column" : "update of " + String.join(", ", to.updateOf()));
        }
        if (!Objects.equals(from.oldTable(), to.oldTable()) || !Objects.equals(from.newTable(), to.newTable())) {
            out.add("transition tables " + (to.oldTable() == null ? "-" : to.oldTable()) + ", "
                    + (to.newTable() == null ? "-" : to.newTable()));
        }
        if (from.forEachRow() != to.forEachRow()) out.add("for each " + (to.forEachRow() ? "row" : "statement"));
        if (!Objects.equals(from.when(), to.when())) out.add(to.when() == null ? "no condition" : "new condition");
        if (!from.functionSchema().equals(to.functionSchema()) || !from.function().equals(to.function())) {
            out.add("function " + to.functionSchema() + "." + to.function());
        }
        if (!from.arguments().equals(to.arguments())) out.add("new arguments");
        if (from.constraint() != to.constraint()) out.add(to.constraint() ? "constraint trigger" : "not a constraint trigger");
        if (from.deferrable() != to.deferrable() || from.initiallyDeferred() != to.initiallyDeferred()) {
            out.add(!to.deferrable() ? "not deferrable" : to.initiallyDeferred() ? "deferrable initially deferred"
                    : "deferrable initially immediate");
        }
        return out;
    }
}
