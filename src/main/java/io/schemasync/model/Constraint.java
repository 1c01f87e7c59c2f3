package io.schemasync.model;

/** A table constraint; its name is unique within the table (and, for indexes behind it, within the schema). */
public sealed interface Constraint permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey,
        ExclusionConstraint {
    String name();

    /** False for a check or foreign key added NOT VALID that was not validated yet; keys are always valid. */
    default boolean validated() {
        return true;
    }

    /** The same constraint, validated or not (a key stays as it is: it cannot be NOT VALID). */
    default Constraint withValidated(boolean valid) {
        return switch (this) {
            case CheckConstraint ck -> new CheckConstraint(ck.name(), ck.expression(), valid);
            case ForeignKey fk -> fk.withValidated(valid);
            case PrimaryKey pk -> pk;
            case UniqueConstraint u -> u;
            case ExclusionConstraint x -> x;
        };
    }
}
