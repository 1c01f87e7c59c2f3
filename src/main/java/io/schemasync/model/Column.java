package io.schemasync.model;

/**
 * A table column.
 *
 * @param type        the type as PostgreSQL's format_type prints it once canonicalized ("integer",
 *                    "character varying(20)", "timestamp with time zone"); serial types stay "serial",
 *                    "bigserial", "smallserial" (an integer column whose default draws from a sequence it owns)
 * @param defaultExpr SQL text of the default, null when none
 * @param identity    null unless GENERATED ... AS IDENTITY
 * @param generated   SQL text of GENERATED ALWAYS AS (...) STORED, null when not generated
 * @param collation   null for the type's default collation
 * @param renamedFrom desired side only: the column's previous name; never compared
 */
public record Column(String name, String type, boolean nullable, String defaultExpr, Identity identity,
                     String generated, String collation, String comment, String renamedFrom) {
    public Column {
        Lists.requireName(name, "column");
        java.util.Objects.requireNonNull(type, "column type");
    }

    public static Column of(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null, null, null);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpr, identity, generated, collation, comment, renamedFrom);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpr, identity, generated, collation, comment, renamedFrom);
    }

    public Column withDefault(String expr) {
        return new Column(name, type, nullable, expr, identity, generated, collation, comment, renamedFrom);
    }

    public Column withComment(String text) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, collation, text, renamedFrom);
    }

    public Column withRenamedFrom(String previous) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, collation, comment, previous);
    }

    public boolean isSerial() {
        return type.equals("serial") || type.equals("bigserial") || type.equals("smallserial");
    }
}
