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
 * @param options     COMPRESSION and the statistics target
 * @param sequence    live side only: the sequence behind a serial column (null otherwise). Not part of
 *                    {@link #equals}: the YAML cannot name it, and PostgreSQL keeps its name when the table or the
 *                    column is renamed, so it only serves the plan (to rename or widen it along with the column)
 */
public record Column(String name, String type, boolean nullable, String defaultExpr, Identity identity,
                     String generated, String collation, String comment, String renamedFrom,
                     SerialSequence sequence, ColumnOptions options) {
    public Column {
        Lists.requireName(name, "column");
        java.util.Objects.requireNonNull(type, "column type");
        options = options == null ? ColumnOptions.NONE : options;
    }

    public Column(String name, String type, boolean nullable, String defaultExpr, Identity identity,
                  String generated, String collation, String comment, String renamedFrom, SerialSequence sequence) {
        this(name, type, nullable, defaultExpr, identity, generated, collation, comment, renamedFrom, sequence,
                ColumnOptions.NONE);
    }

    public Column(String name, String type, boolean nullable, String defaultExpr, Identity identity,
                  String generated, String collation, String comment, String renamedFrom) {
        this(name, type, nullable, defaultExpr, identity, generated, collation, comment, renamedFrom, null);
    }

    /** The name and type of the sequence a serial column draws from. */
    public record SerialSequence(String name, String type) {
        public SerialSequence {
            Lists.requireName(name, "sequence");
            java.util.Objects.requireNonNull(type, "sequence type");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Column c && nullable == c.nullable && name.equals(c.name) && type.equals(c.type)
                && java.util.Objects.equals(defaultExpr, c.defaultExpr) && identity == c.identity
                && java.util.Objects.equals(generated, c.generated) && java.util.Objects.equals(collation, c.collation)
                && java.util.Objects.equals(comment, c.comment) && java.util.Objects.equals(renamedFrom, c.renamedFrom)
                && options.equals(c.options);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, type, nullable, defaultExpr, identity, generated, collation, comment,
                renamedFrom, options);
    }

    public static Column of(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null, null, null);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpr, identity, generated, collation, comment, renamedFrom, sequence, options);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpr, identity, generated, collation, comment, renamedFrom, sequence, options);
    }

    public Column withDefault(String expr) {
        return new Column(name, type, nullable, expr, identity, generated, collation, comment, renamedFrom, sequence, options);
    }

    public Column withComment(String text) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, collation, text, renamedFrom, sequence, options);
    }

    public Column withRenamedFrom(String previous) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, collation, comment, previous, sequence, options);
    }

    public Column withSequence(SerialSequence s) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, collation, comment, renamedFrom, s, options);
    }

    public Column withOptions(ColumnOptions o) {
        return new Column(name, type, nullable, defaultExpr, identity, generated, collation, comment, renamedFrom, sequence, o);
    }

    public boolean isSerial() {
        return type.equals("serial") || type.equals("bigserial") || type.equals("smallserial");
    }

    /** The column's type in the catalog: {@code integer} for serial, {@code bigint} for bigserial, ... */
    public String storedType() {
        return switch (type) {
            case "serial" -> "integer";
            case "bigserial" -> "bigint";
            case "smallserial" -> "smallint";
            default -> type;
        };
    }
}
