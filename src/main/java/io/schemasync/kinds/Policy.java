package io.schemasync.kinds;

import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.sql.Identifiers;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy of a table: what {@code pg_policy} stores, in the server's terms. Its name within the
 * schema is {@code table.policy} (policy names are unique per table only). {@code equals} compares what PostgreSQL
 * stores and leaves out a declared rename.
 *
 * @param table       the table it belongs to
 * @param policy      the policy's own name
 * @param command     all, select, insert, update or delete
 * @param permissive  true for PERMISSIVE (the default), false for RESTRICTIVE
 * @param roles       the roles it applies to, sorted; {@code public} for every role
 * @param using       the USING expression (as the server prints it once canonical); null for none
 * @param withCheck   the WITH CHECK expression; null for none
 * @param renamedFrom desired side only: the policy's previous name on the same table
 */
public record Policy(String table, String policy, String command, boolean permissive, List<String> roles,
                     String using, String withCheck, String comment, String renamedFrom) implements SchemaObject {
    public static final List<String> COMMANDS = List.of("all", "select", "insert", "update", "delete");

    public Policy {
        Objects.requireNonNull(table, "policy table");
        Objects.requireNonNull(policy, "policy name");
        Objects.requireNonNull(command, "policy command");
        roles = roles.isEmpty() ? List.of("public") : roles.stream().distinct().sorted().toList();
    }

    public static String identity(String table, String policy) {
        return Identifiers.display(table) + "." + Identifiers.display(policy);
    }

    @Override
    public String name() {
        return identity(table, policy);
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.POLICY;
    }

    public Policy withTable(String newTable, String newUsing, String newWithCheck) {
        return new Policy(newTable, policy, command, permissive, roles, newUsing, newWithCheck, comment, renamedFrom);
    }

    public Policy withRenamedFrom(String previous) {
        return new Policy(table, policy, command, permissive, roles, using, withCheck, comment, previous);
    }

    /** What cannot change in place: the command and whether it is permissive (a drop and a create). */
    boolean sameKind(Policy other) {
        return command.equals(other.command) && permissive == other.permissive;
    }

    private List<Object> definition() {
        return Arrays.asList(table, policy, command, permissive, roles, using, withCheck, comment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy p && definition().equals(p.definition());
    }

    @Override
    public int hashCode() {
        return definition().hashCode();
    }
}
