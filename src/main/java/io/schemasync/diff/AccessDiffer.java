package io.schemasync.diff;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.Access;
import io.schemasync.model.Database;
import io.schemasync.model.DefaultPrivileges;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Privilege;
import io.schemasync.model.RowSecurity;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Owners, grants and row-level security: the desired {@link Access} of each object that the YAML manages against
 * the live one. Pure. An object this plan creates, or drops and creates again, starts from PostgreSQL's defaults
 * for a new object (PUBLIC may execute a function and use a type; nobody else holds anything), and its owner is
 * whoever runs the plan. The owner's own privileges are implicit and never compared.
 */
public final class AccessDiffer {
    private AccessDiffer() {}

    /**
     * The changes of {@code diff} followed by those of access.
     *
     * @param user the role that runs the plan: the owner of what it creates
     */
    public static Change.Result diff(Change.Result diff, Database live, Database desired, String user) {
        return diff(diff, live, desired, user, Set.of());
    }

    /**
     * @param recreated objects the planner drops and creates again around a change beneath them (views and
     *                  materialized views over a changed column or function): they come back with the defaults of a
     *                  new object, so their managed owner and grants are planned as for one; columns (generated
     *                  columns dropped and added again) lose their column privileges, which are granted again
     */
    public static Change.Result diff(Change.Result diff, Database live, Database desired, String user,
                                     Set<ObjectRef> recreated) {
        Set<ObjectRef> fresh = fresh(diff.changes());
        fresh.addAll(recreated);
        List<Change> changes = new ArrayList<>(diff.changes());
        List<ObjectRef> inSync = new ArrayList<>(diff.inSync());
        Set<ObjectRef> changed = new HashSet<>();
        for (Access want : desired.access()) {
            Optional<Access> have = fresh.contains(want.target()) ? Optional.empty()
                    : liveAccess(live, desired, want).map(a -> withoutRecreatedColumns(a, want, fresh));
            int before = changes.size();
            one(want, have.orElse(null), live, desired, user, changes);
            if (changes.size() > before) changed.add(want.target());
        }
        for (DefaultPrivileges want : desired.defaults()) defaults(want, live, changes);
        inSync.removeIf(changed::contains);
        return new Change.Result(changes, inSync, diff.unmanaged());
    }

    /**
     * A table's live privileges without those of its columns that the plan drops and adds again and that the YAML
     * gives: they are granted again after the step. Those it does not give stay, so that the plan revokes them as it
     * would without the drop: DROP COLUMN takes them, but losing a privilege the grants do not list is the loss that
     * asks for --allow-destructive either way.
     */
    private static Access withoutRecreatedColumns(Access a, Access want, Set<ObjectRef> fresh) {
        ObjectRef t = a.target();
        if (t.kind() != ObjectRef.Kind.TABLE || a.grants() == null) return a;
        List<Privilege> wanted = want.grants() == null ? List.of() : want.grants();
        return a.withGrants(a.grants().stream().filter(p -> p.column() == null || !wanted.contains(p)
                || !fresh.contains(ObjectRef.inTable(ObjectRef.Kind.COLUMN, t.schema(), t.name(), p.column()))).toList());
    }

    /**
     * The live access of the object, under its old name when the YAML renames it ({@code renamed_from}): PostgreSQL
     * keeps owner and privileges through a rename.
     */
    private static Optional<Access> liveAccess(Database live, Database desired, Access want) {
        ObjectRef t = want.target();
        Table table = t.kind() == ObjectRef.Kind.TABLE ? desired.table(t.schema(), t.name()).orElse(null) : null;
        if (table == null) return liveAccessByName(live, desired, want);
        // A table's privileges are the live table's it is (renamed or not); a new one that takes a renamed table's
        // old name has none yet.
        Optional<Table> liveTable = liveTable(live, desired, t.schema(), table);
        Optional<Access> have = liveTable.flatMap(lt -> live.access(ObjectRef.of(t.kind(), t.schema(), lt.name())))
                .map(a -> a.withTarget(t));
        if (have.isEmpty()) return have;
        // Column privileges follow a column's rename too (they belong to the column, not to its name).
        Map<String, String> renamed = Renames.columnRenames(liveTable.get(), table);
        // A column the YAML no longer has is dropped, and its privileges with it: nothing to revoke (a REVOKE after
        // the DROP COLUMN would name a column that is gone).
        return have.map(a -> a.withGrants(a.grants().stream().map(p -> p.column() == null
                || !renamed.containsKey(p.column()) ? p
                : new Privilege(p.role(), p.privilege(), renamed.get(p.column()), p.grantable()))
                .filter(p -> p.column() == null || table.column(p.column()).isPresent()).toList()));
    }

    /** The live table the wanted one is: none for a new table that takes the name of one the plan renames away. */
    private static Optional<Table> liveTable(Database live, Database desired, String schema, Table table) {
        var have = live.schema(schema).orElse(null);
        var want = desired.schema(schema).orElse(null);
        if (have == null || want == null) return Optional.empty();
        return Optional.ofNullable(Renames.liveTable(have, Renames.tableRenames(have, want), table));
    }

    /** Of an object that is not a table of the YAML: by its name, else by the name it is renamed from. */
    private static Optional<Access> liveAccessByName(Database live, Database desired, Access want) {
        ObjectRef t = want.target();
        Optional<Access> have = live.access(want.target());
        if (have.isPresent()) return have;
        Optional<String> renamedFrom = switch (t.kind()) {
            case TYPE -> desired.schema(t.schema()).flatMap(s -> s.enumType(t.name()))
                    .map(io.schemasync.model.EnumType::renamedFrom);
            // A table of the YAML is read by liveAccess; any other (none) has no old name.
            case TABLE, SCHEMA, EXTENSION, SEQUENCE, COLUMN, CONSTRAINT, INDEX, TRIGGER, POLICY, DISTRIBUTION, OTHER ->
                    Optional.empty();
            case VIEW, MATERIALIZED_VIEW, FUNCTION, PROCEDURE, DOMAIN, USER_TYPE -> desired.schema(t.schema())
                    .flatMap(s -> s.object(t.kind(), t.name()))
                    .flatMap(o -> Kinds.of(o).renamedFromAny(o));
        };
        return renamedFrom.flatMap(old -> live.access(ObjectRef.of(t.kind(), t.schema(), old)))
                .map(a -> a.withTarget(t));
    }

    /** What the plan creates, or drops and creates again (which takes the privileges with it). */
    private static Set<ObjectRef> fresh(List<Change> changes) {
        Set<ObjectRef> out = new HashSet<>();
        for (Change c : changes) {
            boolean created = c instanceof Change.CreateSchema || c instanceof Change.CreateTable
                    || c instanceof Change.CreateSequence || c instanceof Change.CreateEnum
                    || c instanceof Change.RecreateEnum || c instanceof Change.CreateObject;
            if (created || c instanceof Change.AlterObject x && Kinds.of(x.to()).recreatesAny(x.from(), x.to())) {
                out.add(c.target());
            }
        }
        return out;
    }

    private static void defaults(DefaultPrivileges want, Database live, List<Change> out) {
        List<Privilege> have = live.defaults(want.schema(), want.forRole(), want.on()).map(DefaultPrivileges::grants)
                .orElse(List.of());
        Map<String, Privilege> wanted = byKey(want.grants(), want.forRole());
        Map<String, Privilege> held = byKey(have, want.forRole());
        List<Privilege> grant = new ArrayList<>();
        List<Privilege> revoke = new ArrayList<>();
        compare(wanted, held, grant, revoke);
        if (!grant.isEmpty() || !revoke.isEmpty()) {
            out.add(new Change.SetDefaultPrivileges(want.schema(), want.forRole(), want.on(), grant, revoke));
        }
    }

    private static void one(Access want, Access have, Database live, Database desired, String user,
                            List<Change> out) {
        String liveOwner = have == null ? null : have.owner();
        if (want.owner() != null && !want.owner().equals(liveOwner)) {
            out.add(new Change.SetOwner(want, liveOwner, want.owner()));
        }
        String owner = want.owner() != null ? want.owner() : liveOwner != null ? liveOwner : user;
        if (want.grants() != null) grants(want, have, owner, have == null ? created(want.target(), user, live, desired)
                : List.of(), out);
        if (want.rowSecurity() != null) {
            RowSecurity from = have == null || have.rowSecurity() == null ? RowSecurity.OFF : have.rowSecurity();
            if (!from.equals(want.rowSecurity())) {
                out.add(new Change.SetRowSecurity(want.target().schema(), want.target().name(), from,
                        want.rowSecurity(), hasPolicies(desired, want.target())));
            }
        }
    }

    /** @param created what a new object starts with (when {@code have} is null) */
    private static void grants(Access want, Access have, String owner, List<Privilege> created, List<Change> out) {
        Map<String, Privilege> wanted = byKey(want.grants(), owner);
        Map<String, Privilege> held = byKey(have == null ? created : have.grants(), owner);
        List<Privilege> grant = new ArrayList<>();
        List<Privilege> revoke = new ArrayList<>();
        compare(wanted, held, grant, revoke);
        if (!revoke.isEmpty()) out.add(new Change.RevokePrivileges(want, revoke, have == null));
        if (!grant.isEmpty()) out.add(new Change.GrantPrivileges(want, grant));
    }

    private static void compare(Map<String, Privilege> wanted, Map<String, Privilege> held, List<Privilege> grant,
                                List<Privilege> revoke) {
        wanted.forEach((key, w) -> {
            Privilege h = held.get(key);
            if (h == null || w.grantable() && !h.grantable()) grant.add(w);
        });
        held.forEach((key, h) -> {
            Privilege w = wanted.get(key);
            if (w == null) revoke.add(h.plain());
            else if (h.grantable() && !w.grantable()) revoke.add(h);
        });
    }

    /**
     * What an object that {@code user} creates starts with: the database's default privileges for the user and the
     * kind of object (PostgreSQL's own, acldefault, when there are none), and those of its schema (as the plan
     * leaves them: it changes default privileges before it creates objects).
     */
    private static List<Privilege> created(ObjectRef target, String user, Database live, Database desired) {
        String on = DefaultPrivileges.on(target.kind());
        List<Privilege> out = new ArrayList<>(live.defaults(null, user, on).map(DefaultPrivileges::grants)
                .orElse(defaults(target)));
        if (target.kind() != ObjectRef.Kind.SCHEMA) {
            desired.defaults(target.schema(), user, on).or(() -> live.defaults(target.schema(), user, on))
                    .ifPresent(d -> out.addAll(d.grants()));
        }
        return out;
    }

    /** What a new object of the kind gives, besides its owner (acldefault). */
    private static List<Privilege> defaults(ObjectRef target) {
        return switch (target.kind()) {
            case FUNCTION, PROCEDURE -> List.of(new Privilege("public", "execute", null, false));
            case TYPE, DOMAIN, USER_TYPE -> List.of(new Privilege("public", "usage", null, false));
            default -> List.of();
        };
    }

    private static Map<String, Privilege> byKey(List<Privilege> privileges, String owner) {
        Map<String, Privilege> out = new LinkedHashMap<>();
        for (Privilege p : privileges) {
            if (p.role().equals(owner)) continue;
            out.merge(p.role() + "\0" + p.privilege() + "\0" + Objects.toString(p.column(), ""), p,
                    (a, b) -> a.grantable() ? a : b);
        }
        return out;
    }

    private static boolean hasPolicies(Database desired, ObjectRef table) {
        return desired.schema(table.schema()).stream().flatMap(s -> s.objects().stream())
                .anyMatch(o -> o.refKind() == ObjectRef.Kind.POLICY && table.name().equals(o.table()));
    }

    /**
     * The desired access with {@code all} replaced by the privileges the object can have on this server
     * ({@code privileges} gives them by kind; column privileges have their own list).
     */
    public static Database expandAll(Database desired, java.util.function.Function<ObjectRef.Kind, List<String>> privileges) {
        return desired.withAccess(desired.access().stream().map(a -> a.grants() == null ? a
                        : a.withGrants(expand(a.grants(), a.target().kind(), privileges))).toList())
                .withDefaults(desired.defaults().stream().map(d -> d.withGrants(expand(d.grants(), d.kind(),
                        privileges))).toList());
    }

    private static List<Privilege> expand(List<Privilege> grants, ObjectRef.Kind kind,
                                          java.util.function.Function<ObjectRef.Kind, List<String>> privileges) {
        return grants.stream().flatMap(p -> !p.privilege().equals("all") ? java.util.stream.Stream.of(p)
                : (p.column() == null ? privileges.apply(kind) : Privilege.Privileges.COLUMN).stream()
                        .map(x -> new Privilege(p.role(), x, p.column(), p.grantable()))).toList();
    }
}
