package io.schemasync.model;

import java.util.List;
import java.util.Objects;

/**
 * Who owns an object and who may use it: what {@code owner:}, {@code grants:} and (on tables)
 * {@code row_level_security:} say. On the desired side a null part is not managed; the live side has every part.
 *
 * @param target      the object: a schema, table, view, materialized view, sequence, function, procedure or type
 * @param routine     for functions and procedures, the routine's name (the target's name is its identity with the
 *                    argument types); otherwise null
 * @param arguments   for functions and procedures, the types of the input arguments; otherwise empty
 * @param owner       the owning role; null when not managed
 * @param grants      the privileges held by roles other than the owner, sorted; null when not managed
 * @param rowSecurity tables only; null when not managed (and for other objects)
 * @param custom      live side: the object has privileges of its own (not PostgreSQL's defaults): introspect
 *                    writes them
 */
public record Access(ObjectRef target, String routine, List<String> arguments, String owner, List<Privilege> grants,
                     RowSecurity rowSecurity, boolean custom) {
    public Access {
        Objects.requireNonNull(target, "target");
        arguments = List.copyOf(arguments);
        grants = grants == null ? null : Privilege.sorted(grants);
    }

    public Access withGrants(List<Privilege> g) {
        return new Access(target, routine, arguments, owner, g, rowSecurity, custom);
    }

    public Access withTarget(ObjectRef t) {
        return new Access(t, routine, arguments, owner, grants, rowSecurity, custom);
    }

    /** Nothing is managed: no owner, grants or row-level security. */
    public boolean empty() {
        return owner == null && grants == null && rowSecurity == null;
    }
}
