package io.schemasync.model;

/**
 * CHECK (expression); the expression is SQL text, canonical once it went through the server.
 *
 * @param validated false for a constraint added NOT VALID and not validated yet (pg_constraint.convalidated): it
 *                  holds for new rows, the rows already there were never checked. The YAML always means a valid one.
 */
public record CheckConstraint(String name, String expression, boolean validated) implements Constraint {
    public CheckConstraint {
        Lists.requireName(name, "check constraint");
        java.util.Objects.requireNonNull(expression, "check expression");
    }

    public CheckConstraint(String name, String expression) {
        this(name, expression, true);
    }
}
