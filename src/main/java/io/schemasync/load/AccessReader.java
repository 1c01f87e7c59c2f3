package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Node.Scalar;
import io.schemasync.model.Access;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Privilege;
import io.schemasync.model.RowSecurity;
import io.schemasync.sql.Identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code owner:}, {@code grants:} and, on tables, {@code row_level_security:} of one object. Role names are only
 * ever quoted identifiers in SQL; privileges are a closed list (anything else is an error here, before any SQL).
 */
final class AccessReader {
    static final Set<String> KEYS = Set.of("owner", "grants");
    static final Set<String> TABLE_KEYS = Set.of("owner", "grants", "row_level_security");
    private static final Set<String> GRANT_KEYS = Set.of("privileges", "columns", "with_grant_option");
    private static final Set<String> RLS_KEYS = Set.of("enabled", "forced");

    private final Reader r;
    private final Locations locations;

    AccessReader(Reader r, Locations locations) {
        this.r = r;
        this.locations = locations;
    }

    /** The object's access as the YAML manages it; empty when it manages none of it. */
    Optional<Access> read(MapNode map, ObjectRef target, String routine, List<String> arguments, String where) {
        String owner = Reader.get(map, "owner").map(n -> ownerRole(n, "owner of " + where)).orElse(null);
        List<Privilege> grants = Reader.get(map, "grants").map(n -> grants(n, target, where)).orElse(null);
        RowSecurity rls = Reader.get(map, "row_level_security").map(n -> rowSecurity(n, where)).orElse(null);
        record(map, target);
        Access a = new Access(target, routine, arguments, owner, grants, rls, false);
        return a.empty() ? Optional.empty() : Optional.of(a);
    }

    /** Where the roles are named, for the check that they exist (run against the server). */
    private void record(MapNode map, ObjectRef target) {
        if (locations == null) return;
        for (String key : TABLE_KEYS) {
            Entry e = map.entries().get(key);
            if (e != null) locations.put(path(target, key), e.value().loc());
        }
    }

    /** Column privileges name columns of the table (checked here, not by the server in the middle of an apply). */
    void checkColumns(Entry table, io.schemasync.model.Table t, String schema, List<Access> read) {
        if (!(table.value() instanceof MapNode map)) return;
        Node grants = Reader.get(map, "grants").orElse(null);
        ObjectRef ref = ObjectRef.of(ObjectRef.Kind.TABLE, schema, t.name());
        for (Access a : read) {
            if (!a.target().equals(ref) || a.grants() == null) continue;
            a.grants().stream().map(Privilege::column).filter(c -> c != null && t.column(c).isEmpty()).distinct()
                    .forEach(c -> r.error(grants.loc(), "grants of table " + Reader.quoted(ref.schema() + "."
                            + t.name()) + " name column " + Reader.quoted(c) + ", which the table does not have"
                            + Reader.didYouMean(c, t.columns().stream().map(io.schemasync.model.Column::name).toList())));
        }
    }

    private static final Set<String> DEFAULT_KEYS = Set.of("for_role", "on", "grants");

    /** {@code default_privileges: [{for_role, on, grants}]} of a schema. */
    List<io.schemasync.model.DefaultPrivileges> defaults(Node node, String schema) {
        String where = "default_privileges of schema " + Reader.quoted(schema);
        List<io.schemasync.model.DefaultPrivileges> out = new ArrayList<>();
        if (!(node instanceof ListNode list)) {
            if (!(node instanceof Scalar s && s.kind() == Node.Kind.NULL)) {
                r.error(node.loc(), where + " must be a list of {for_role: role, on: tables, grants: {...}}, not "
                        + Node.describe(node));
            }
            return out;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Node item : list.items()) {
            MapNode m = r.map(item, "an item of " + where);
            if (m == null) continue;
            r.allowKeys(m, "an item of " + where, DEFAULT_KEYS);
            String forRole = Reader.get(m, "for_role").map(n -> ownerRole(n, "for_role of " + where)).orElse(null);
            String on = Reader.get(m, "on").map(n -> r.string(n, "on of " + where)).map(String::strip)
                    .map(String::toLowerCase).orElse(null);
            if (forRole == null || on == null) {
                if (forRole == null && !m.entries().containsKey("for_role")) r.error(m.loc(), "an item of " + where
                        + " needs for_role: the role whose new objects get the privileges");
                if (on == null && !m.entries().containsKey("on")) r.error(m.loc(), "an item of " + where
                        + " needs on: tables, sequences, functions or types");
                continue;
            }
            Node onNode = Reader.get(m, "on").orElseThrow();
            if (!io.schemasync.model.DefaultPrivileges.ON.contains(on)) {
                r.error(onNode.loc(), "on of " + where + " must be tables, sequences, functions or types, not \"" + on
                        + "\"" + (on.equals("schemas") ? " (default privileges on schemas apply to the whole database,"
                        + " not IN SCHEMA: set them outside schemasync)" : Reader.didYouMean(on,
                        io.schemasync.model.DefaultPrivileges.ON)));
                continue;
            }
            if (!seen.add(forRole + "\0" + on)) {
                r.error(m.loc(), where + " names for_role " + Reader.quoted(forRole) + " on " + on + " twice: keep one");
                continue;
            }
            var probe = new io.schemasync.model.DefaultPrivileges(schema, forRole, on, List.of());
            ObjectRef kind = ObjectRef.of(probe.kind(), schema, on);
            List<Privilege> grants = Reader.get(m, "grants").map(n -> grants(n, kind, where + " for " + forRole
                    + " on " + on)).orElse(List.of());
            if (grants == null) continue;
            if (grants.stream().anyMatch(p -> p.column() != null)) {
                r.error(m.loc(), where + ": default privileges have no columns");
                continue;
            }
            if (locations != null) locations.put(path(ObjectRef.schema(schema), "default_privileges"), item.loc());
            out.add(probe.withGrants(grants));
        }
        return out;
    }

    static String path(ObjectRef target, String key) {
        return "access." + key + ":" + target;
    }

    /** A role that owns objects: PUBLIC is no role of its own and cannot. */
    private String ownerRole(Node n, String what) {
        String role = role(n, what);
        if (!"public".equals(role)) return role;
        r.error(n.loc(), what + " is public, which is every role and owns nothing: name one role");
        return null;
    }

    private String role(Node n, String what) {
        String role = r.string(n, what);
        if (role == null) return null;
        role = role.strip();
        if (role.isEmpty()) {
            r.error(n.loc(), what + " is empty: name a role");
            return null;
        }
        String problem = Identifiers.lengthProblem(role);
        if (problem != null) {
            r.error(n.loc(), what + ": \"" + role + "\" " + problem);
            return null;
        }
        return role.equalsIgnoreCase("public") ? "public" : role;
    }

    private List<Privilege> grants(Node node, ObjectRef target, String where) {
        MapNode map = r.map(node, "grants of " + where);
        if (map == null) return null;
        List<String> allowed = Privilege.Privileges.of(target.kind());
        List<Privilege> out = new ArrayList<>();
        Set<String> roles = new java.util.HashSet<>();
        for (Entry e : map.entries().values()) {
            String role = e.key().strip().equalsIgnoreCase("public") ? "public" : e.key().strip();
            String what = "grants of " + where + " to " + Reader.quoted(role);
            if (role.isEmpty() || Identifiers.lengthProblem(role) != null) {
                r.error(e.keyLoc(), "grants of " + where + ": \"" + role + "\" is not a role name"
                        + (role.isEmpty() ? "" : " (" + Identifiers.lengthProblem(role) + ")"));
                continue;
            }
            if (!roles.add(role)) {
                r.error(e.keyLoc(), what + " are given twice (public and PUBLIC are one role): keep one");
                continue;
            }
            grant(e.value(), role, allowed, target, what, out);
        }
        return out;
    }

    /**
     * {@code [select, insert]}, {@code all}, {@code {privileges: [...], columns: [...], with_grant_option}}, or a list
     * of words and such maps ({@code [select, {privileges: [update], columns: [email]}]}).
     */
    private void grant(Node value, String role, List<String> allowed, ObjectRef target, String what,
                       List<Privilege> out) {
        if (value instanceof ListNode list && list.items().stream().anyMatch(i -> i instanceof MapNode)) {
            List<Node> words = new ArrayList<>();
            for (Node item : list.items()) {
                if (item instanceof MapNode m) grantMap(m, role, allowed, target, what, out);
                else words.add(item);
            }
            if (!words.isEmpty()) add(privileges(new ListNode(list.loc(), words), allowed, what), role, List.of(), false, out);
        } else if (value instanceof MapNode m) {
            grantMap(m, role, allowed, target, what, out);
        } else {
            add(privileges(value, allowed, what), role, List.of(), false, out);
        }
    }

    private void grantMap(MapNode m, String role, List<String> allowed, ObjectRef target, String what,
                          List<Privilege> out) {
        r.allowKeys(m, what, GRANT_KEYS);
        Node privileges = Reader.get(m, "privileges").orElse(null);
        if (privileges == null) {
            r.error(m.loc(), what + " needs privileges: [...] (for example privileges: [select])");
            return;
        }
        List<String> columns = List.of();
        Optional<Node> cols = Reader.get(m, "columns");
        if (cols.isPresent()) {
            if (target.kind() != ObjectRef.Kind.TABLE && target.kind() != ObjectRef.Kind.VIEW) {
                r.error(cols.get().loc(), what + ": columns: are for tables and views only (column privileges)");
                return;
            }
            columns = r.strings(cols.get(), "columns of " + what);
            if (columns == null) return;
            if (columns.isEmpty()) {
                r.error(cols.get().loc(), what + ": columns: is empty (leave it out for the whole table)");
                return;
            }
            allowed = Privilege.Privileges.COLUMN;
        }
        boolean grantable = Optional.ofNullable(r.bool(m, "with_grant_option", what)).orElse(false);
        add(privileges(privileges, allowed, what), role, columns, grantable, out);
    }

    private static void add(List<String> privileges, String role, List<String> columns, boolean grantable,
                            List<Privilege> out) {
        for (String p : privileges) {
            if (columns.isEmpty()) out.add(new Privilege(role, p, null, grantable));
            else for (String c : columns) out.add(new Privilege(role, p, c, grantable));
        }
    }

    private List<String> privileges(Node node, List<String> allowed, String what) {
        List<Node> items = node instanceof ListNode l ? l.items() : List.of(node);
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            String word = item instanceof Scalar s && s.kind() != Node.Kind.NULL ? s.text().strip().toLowerCase() : null;
            if (word == null) {
                r.error(item.loc(), what + ": a privilege must be one word like " + allowed.get(0) + ", not "
                        + Node.describe(item));
            } else if (word.equals("all") || word.equals("all privileges")) {
                out.add("all");
            } else if (!allowed.contains(word)) {
                r.error(item.loc(), what + ": \"" + word + "\" is not a privilege here; use "
                        + String.join(", ", allowed) + " or all" + Reader.didYouMean(word, allowed));
            } else if (out.contains(word)) {
                r.error(item.loc(), what + ": " + word + " is listed twice: keep one");
            } else {
                out.add(word);
            }
        }
        if (out.contains("all") && out.size() > 1) {
            r.error(node.loc(), what + ": all already holds every privilege: leave the others out");
            return List.of();
        }
        return out;
    }

    private RowSecurity rowSecurity(Node node, String where) {
        String what = "row_level_security of " + where;
        MapNode m = r.map(node, what);
        if (m == null) return null;
        r.allowKeys(m, what, RLS_KEYS);
        Boolean enabled = r.bool(m, "enabled", what);
        Boolean forced = r.bool(m, "forced", what);
        if (enabled == null) {
            r.error(m.loc(), what + " needs enabled: true or false");
            return null;
        }
        return new RowSecurity(enabled, forced != null && forced);
    }
}
