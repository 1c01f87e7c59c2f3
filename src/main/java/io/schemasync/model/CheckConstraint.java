package io.schemasync.model;

/** CHECK (expression); the expression is SQL text, canonical once it went through the server. */
public record CheckConstraint(String name, String expression) implements Constraint {
    public CheckConstraint {
        Lists.requireName(name, "check constraint");
        java.util.Objects.requireNonNull(expression, "check expression");
    }
}
