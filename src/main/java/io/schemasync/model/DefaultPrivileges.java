package io.schemasync.model;

import java.util.List;
import java.util.Objects;

/**
 * ALTER DEFAULT PRIVILEGES: what objects of one kind get when {@code forRole} creates them (pg_default_acl).
 *
 * @param schema  the schema they apply in; null for the whole database (live side only: the YAML gives them per
 *                schema)
 * @param forRole the role whose new objects get the privileges
 * @param on      tables, sequences, functions or types
 * @param grants  the privileges (no columns), sorted
 */
public record DefaultPrivileges(String schema, String forRole, String on, List<Privilege> grants) {
    public static final List<String> ON = List.of("tables", "sequences", "functions", "types");

    public DefaultPrivileges {
        Objects.requireNonNull(forRole, "for_role");
        Objects.requireNonNull(on, "on");
        grants = Privilege.sorted(grants);
    }

    /** pg_default_acl.defaclobjtype. */
    public String objectType() {
        return switch (on) {
            case "tables" -> "r";
            case "sequences" -> "S";
            case "functions" -> "f";
            case "types" -> "T";
            default -> "n";
        };
    }

    public static String on(String objectType) {
        return switch (objectType) {
            case "r" -> "tables";
            case "S" -> "sequences";
            case "f" -> "functions";
            case "T" -> "types";
            default -> "schemas";
        };
    }

    /** The kind of object whose privileges these are (for the list of privileges). */
    public ObjectRef.Kind kind() {
        return switch (on) {
            case "tables" -> ObjectRef.Kind.TABLE;
            case "sequences" -> ObjectRef.Kind.SEQUENCE;
            case "functions" -> ObjectRef.Kind.FUNCTION;
            case "types" -> ObjectRef.Kind.TYPE;
            default -> ObjectRef.Kind.SCHEMA;
        };
    }

    /** The default privileges of new objects of this kind ({@code on}), as pg_default_acl names them. */
    public static String on(ObjectRef.Kind kind) {
        return switch (kind) {
            case TABLE, VIEW, MATERIALIZED_VIEW -> "tables";
            case SEQUENCE -> "sequences";
            case FUNCTION, PROCEDURE -> "functions";
            case TYPE, DOMAIN, USER_TYPE -> "types";
            case SCHEMA, EXTENSION, COLUMN, CONSTRAINT, INDEX, TRIGGER, POLICY, DISTRIBUTION, OTHER -> "schemas";
        };
    }

    public DefaultPrivileges withGrants(List<Privilege> g) {
        return new DefaultPrivileges(schema, forRole, on, g);
    }
}
