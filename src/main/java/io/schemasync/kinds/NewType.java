package io.schemasync.kinds;

/**
 * A type that a plan creates, as the preflights of the same plan must see it: they run before the plan, so they
 * cannot name the type, and check a column's rows against its base type and its rules instead.
 */
public interface NewType {
    /** The type its values are values of, as written ({@code varchar(20)}, {@code app.status}). */
    String baseType();

    /** What a new column of the type gets when it has no default of its own; null for NULL. */
    String defaultExpr();

    /** A condition that is true when {@code value}, an expression of the base type, is not a value of this type. */
    String refuses(String value);
}
