package io.schemasync.model;

/** A table constraint; its name is unique within the table (and, for indexes behind it, within the schema). */
public sealed interface Constraint permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey {
    String name();
}
