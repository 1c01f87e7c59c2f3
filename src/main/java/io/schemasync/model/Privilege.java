package io.schemasync.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One privilege held by one role on an object (or on one column of a table), as one item of
 * {@code aclexplode(acl)} says it: PostgreSQL stores privileges per grantee, and a GRANT of several privileges is
 * several of these.
 *
 * @param role      the grantee, {@code public} for PUBLIC
 * @param privilege lower case: select, insert, update, delete, truncate, references, trigger, maintain, usage,
 *                  create, execute; {@code all} on the desired side until the server's list replaces it
 * @param column    the column for a column privilege; null for the object
 * @param grantable WITH GRANT OPTION
 */
public record Privilege(String role, String privilege, String column, boolean grantable) {
    public static final Comparator<Privilege> ORDER = Comparator.comparing(Privilege::role)
            .thenComparing(p -> p.column() == null ? "" : p.column())
            .thenComparing(p -> Privileges.rank(p.privilege()))
            .thenComparing(Privilege::grantable);

    public Privilege {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(privilege, "privilege");
    }

    /** The same privilege, whatever the grant option: what GRANT and REVOKE name. */
    public Privilege plain() {
        return new Privilege(role, privilege, column, false);
    }

    /** Sorted, without repeats. */
    public static List<Privilege> sorted(java.util.Collection<Privilege> all) {
        return all.stream().distinct().sorted(ORDER).toList();
    }

    /** The closed lists of privileges by the kind of object they are on. */
    public static final class Privileges {
        /** In the order GRANT ALL lists them. */
        public static final List<String> TABLE = List.of("select", "insert", "update", "delete", "truncate",
                "references", "trigger", "maintain");
        public static final List<String> COLUMN = List.of("select", "insert", "update", "references");
        public static final List<String> SEQUENCE = List.of("usage", "select", "update");
        public static final List<String> ROUTINE = List.of("execute");
        public static final List<String> TYPE = List.of("usage");
        public static final List<String> SCHEMA = List.of("usage", "create");
        private static final List<String> RANKED = List.of("select", "insert", "update", "delete", "truncate",
                "references", "trigger", "maintain", "usage", "create", "execute", "all");

        private Privileges() {}

        static int rank(String privilege) {
            int i = RANKED.indexOf(privilege);
            return i < 0 ? RANKED.size() : i;
        }

        /** What an object of this kind can be granted (tables, views, materialized views share one list). */
        public static List<String> of(ObjectRef.Kind kind) {
            return switch (kind) {
                case TABLE, VIEW, MATERIALIZED_VIEW -> TABLE;
                case SEQUENCE -> SEQUENCE;
                case FUNCTION, PROCEDURE -> ROUTINE;
                case TYPE, DOMAIN, USER_TYPE -> TYPE;
                case SCHEMA -> SCHEMA;
                case EXTENSION, COLUMN, CONSTRAINT, INDEX, TRIGGER, POLICY, DISTRIBUTION, OTHER -> List.of();
            };
        }

        /** Privileges only some servers have (MAINTAIN: PostgreSQL 17), which the server's capabilities decide. */
        public static final Set<String> NEWER = Set.of("maintain");
    }
}
