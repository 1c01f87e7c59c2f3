package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.model.Access;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Privilege;
import io.schemasync.model.RowSecurity;
import io.schemasync.plan.Hazard.Kind;
import io.schemasync.plan.Step.Action;
import io.schemasync.sql.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * ALTER ... OWNER TO, GRANT, REVOKE and ALTER TABLE ... ROW LEVEL SECURITY. Roles are quoted identifiers (PUBLIC
 * is the keyword); privileges come from a closed list, checked again here. All change the catalog only, under
 * a brief lock. See https://www.postgresql.org/docs/current/sql-grant.html and ddl-rowsecurity.html.
 */
final class AccessSteps {
    private AccessSteps() {}

    private static final java.util.Set<String> PRIVILEGES = java.util.Set.of("select", "insert", "update", "delete",
            "truncate", "references", "trigger", "maintain", "usage", "create", "execute");

    /** Changing the owner changes who holds the implicit privileges (and who the policies bypass). */
    static Draft owner(Change.SetOwner c) {
        String sql = "ALTER " + alterWord(c.on().target()) + " " + name(c.on()) + " OWNER TO " + quote(c.to());
        return new Draft(c, Action.ALTER, c.from() == null ? "owner " + c.to() : "owner " + c.from() + " → " + c.to())
                .sql(sql);
    }

    static Draft grant(Change.GrantPrivileges c) {
        Draft d = new Draft(c, Action.ALTER, "grant " + describe(c.privileges(), " to "));
        byRole(c.privileges()).forEach((key, list) -> d.sql("GRANT " + privileges(list) + " ON " + onWord(c.on().target())
                + " " + name(c.on()) + " TO " + role(list.get(0).role())
                + (list.get(0).grantable() ? " WITH GRANT OPTION" : "")));
        return d;
    }

    /**
     * Destructive unless the object is new: a revoke can break an application that relies on the privilege. Only
     * --allow-destructive runs it; the plan lists it either way.
     */
    static Draft revoke(Change.RevokePrivileges c) {
        Draft d = new Draft(c, Action.ALTER, "revoke " + describe(c.privileges(), " from "));
        byRole(c.privileges()).forEach((key, list) -> d.sql("REVOKE " + (list.get(0).grantable() ? "GRANT OPTION FOR "
                : "") + privileges(list) + " ON " + onWord(c.on().target()) + " " + name(c.on()) + " FROM "
                + role(list.get(0).role())));
        if (c.fresh()) {
            d.hazard(Kind.NOTE, "PostgreSQL's default for a new " + c.on().target().kind().word() + ", which the"
                    + " grants do not list");
        } else {
            d.hazard(Kind.DESTRUCTIVE, "revokes privileges the grants of " + c.on().target().path() + " do not list ("
                    + describe(c.privileges(), " from ") + "): an application that relies on them stops working");
        }
        return d;
    }

    /**
     * Disabling or un-forcing row-level security is a security change (every row becomes visible to whoever holds
     * the table privileges): destructive. Enabling it on a table without policies hides every row from everyone
     * but the owner (default deny): a warning with the rows of the live table.
     */
    static Draft rowSecurity(Change.SetRowSecurity c, Tables tables) {
        RowSecurity from = c.from(), to = c.to();
        List<String> what = new ArrayList<>();
        if (from.enabled() != to.enabled()) what.add(to.enabled() ? "enable row level security"
                : "disable row level security (its policies stop applying)");
        if (from.forced() != to.forced()) what.add(to.forced() ? "force row level security"
                : "no force row level security (the owner bypasses the policies again)");
        Draft d = new Draft(c, Action.ALTER, String.join(", ", what));
        String alter = StepBuilder.alterTable(c.schema(), c.table());
        if (from.enabled() != to.enabled()) d.sql(alter + (to.enabled() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        if (from.forced() != to.forced()) d.sql(alter + (to.forced() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
        if (from.enabled() && !to.enabled()) {
            d.hazard(Kind.DESTRUCTIVE, "turns off row-level security on " + c.schema() + "." + c.table() + ": its"
                    + " policies stop applying, and every role with table privileges sees and changes every row");
        } else if (from.forced() && !to.forced() && to.enabled()) {
            d.hazard(Kind.DESTRUCTIVE, "stops applying the policies of " + c.schema() + "." + c.table() + " to its"
                    + " owner: the owner (often the application's role) sees and changes every row again");
        }
        if (to.enabled() && !from.enabled() && !c.policies() && tables.hasRows(c.schema(), c.table())) {
            String rel = qualified(c.schema(), c.table());
            d.hazard(Kind.NOTE, c.table() + " has no policies: with row-level security on, roles other than the owner"
                    + " see none of its rows");
            d.rows("SELECT count(*) FROM (SELECT 1 FROM " + rel + " LIMIT " + (Preflight.ROW_LIMIT + 1) + ") AS r",
                    "{n} rows become invisible to every role but the owner (no policy allows them)");
        }
        return d;
    }

    /**
     * ALTER DEFAULT PRIVILEGES changes no existing object: only what {@code for_role} creates in the schema from
     * then on. A revoke is still refused without --allow-destructive: code that creates tables and expects a role to
     * read them breaks the same way.
     */
    static Draft defaults(Change.SetDefaultPrivileges c) {
        List<String> what = new ArrayList<>();
        if (!c.grant().isEmpty()) what.add("grant " + describe(c.grant(), " to "));
        if (!c.revoke().isEmpty()) what.add("revoke " + describe(c.revoke(), " from "));
        Draft d = new Draft(c, Action.ALTER, "default privileges for " + c.forRole() + " on " + c.on() + ": "
                + String.join("; ", what));
        String head = "ALTER DEFAULT PRIVILEGES FOR ROLE " + quote(c.forRole()) + " IN SCHEMA " + quote(c.schema());
        String objects = onDefaults(c.on());
        byRole(c.revoke()).forEach((key, list) -> d.sql(head + " REVOKE " + (list.get(0).grantable()
                ? "GRANT OPTION FOR " : "") + privileges(list) + " ON " + objects + " FROM " + role(list.get(0).role())));
        byRole(c.grant()).forEach((key, list) -> d.sql(head + " GRANT " + privileges(list) + " ON " + objects + " TO "
                + role(list.get(0).role()) + (list.get(0).grantable() ? " WITH GRANT OPTION" : "")));
        if (!c.revoke().isEmpty()) {
            d.hazard(Kind.DESTRUCTIVE, "revokes default privileges: " + c.on() + " that " + c.forRole() + " creates in "
                    + c.schema() + " from now on no longer give " + describe(c.revoke(), " to "));
        }
        return d;
    }

    private static String onDefaults(String on) {
        return switch (on) {
            case "tables" -> "TABLES";
            case "sequences" -> "SEQUENCES";
            case "functions" -> "FUNCTIONS";
            case "types" -> "TYPES";
            default -> throw new IllegalArgumentException("no default privileges IN SCHEMA on " + on);
        };
    }

    private static Map<String, List<Privilege>> byRole(List<Privilege> privileges) {
        Map<String, List<Privilege>> out = new TreeMap<>();
        for (Privilege p : privileges) {
            out.computeIfAbsent(p.role() + "\0" + p.grantable(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** {@code SELECT, UPDATE ("a", "b")}: privileges on the object, then per privilege the columns. */
    private static String privileges(List<Privilege> list) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        List<String> whole = new ArrayList<>();
        for (Privilege p : list) {
            String word = keyword(p.privilege());
            if (p.column() == null) whole.add(word);
            else columns.computeIfAbsent(word, k -> new ArrayList<>()).add(quote(p.column()));
        }
        List<String> out = new ArrayList<>(whole);
        columns.forEach((word, cols) -> out.add(word + " (" + String.join(", ", cols) + ")"));
        return String.join(", ", out);
    }

    private static String keyword(String privilege) {
        if (!PRIVILEGES.contains(privilege)) throw new IllegalArgumentException("not a privilege: " + privilege);
        return privilege.toUpperCase(java.util.Locale.ROOT);
    }

    private static String role(String role) {
        return role.equals("public") ? "PUBLIC" : quote(role);
    }

    /** "select, insert to app; usage to public". */
    static String describe(List<Privilege> privileges, String to) {
        Map<String, List<String>> byRole = new TreeMap<>();
        for (Privilege p : privileges) {
            String what = p.privilege() + (p.column() == null ? "" : " (" + p.column() + ")");
            byRole.computeIfAbsent(p.role(), k -> new ArrayList<>()).add(!p.grantable() ? what
                    : to.equals(" to ") ? what + " with grant option" : "grant option for " + what);
        }
        return byRole.entrySet().stream().map(e -> String.join(", ", e.getValue()) + to + e.getKey())
                .collect(Collectors.joining("; "));
    }

    /** The object as ALTER ... and GRANT ... ON name it. */
    private static String name(Access a) {
        ObjectRef t = a.target();
        return switch (t.kind()) {
            case SCHEMA -> quote(t.schema());
            case FUNCTION, PROCEDURE -> qualified(t.schema(), a.routine()) + "(" + a.arguments().stream()
                    .map(Sql::requireType).collect(Collectors.joining(", ")) + ")";
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, TYPE, DOMAIN, USER_TYPE -> qualified(t.schema(), t.name());
            case EXTENSION, COLUMN, CONSTRAINT, INDEX, TRIGGER, POLICY, DISTRIBUTION, OTHER ->
                    throw new IllegalStateException("no privileges on " + t);
        };
    }

    private static String alterWord(ObjectRef t) {
        return switch (t.kind()) {
            case SCHEMA -> "SCHEMA";
            case TABLE -> "TABLE";
            case VIEW -> "VIEW";
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW";
            case SEQUENCE -> "SEQUENCE";
            case FUNCTION -> "FUNCTION";
            case PROCEDURE -> "PROCEDURE";
            case TYPE, USER_TYPE -> "TYPE";
            case DOMAIN -> "DOMAIN";
            case EXTENSION, COLUMN, CONSTRAINT, INDEX, TRIGGER, POLICY, DISTRIBUTION, OTHER ->
                    throw new IllegalStateException("no owner of " + t);
        };
    }

    /** GRANT ... ON TABLE also names views and materialized views; ON TYPE also domains. */
    private static String onWord(ObjectRef t) {
        return switch (t.kind()) {
            case SCHEMA -> "SCHEMA";
            case TABLE, VIEW, MATERIALIZED_VIEW -> "TABLE";
            case SEQUENCE -> "SEQUENCE";
            case FUNCTION -> "FUNCTION";
            case PROCEDURE -> "PROCEDURE";
            case TYPE, USER_TYPE, DOMAIN -> "TYPE";
            case EXTENSION, COLUMN, CONSTRAINT, INDEX, TRIGGER, POLICY, DISTRIBUTION, OTHER ->
                    throw new IllegalStateException("no privileges on " + t);
        };
    }
}
