package io.schemasync.model;

import java.util.List;

/**
 * EXCLUDE USING method (element WITH operator, ...) [INCLUDE (...)] [WHERE (predicate)] [DEFERRABLE ...]: no two
 * rows may have every element's operator answer true (room_id WITH =, during WITH && — no two bookings of a room
 * overlap). Its index is the {@link Index} the constraint builds: same name, method, keys, INCLUDE and predicate.
 *
 * @param operators one per key of the index, as written after WITH ({@code =}, {@code &&}); an operator outside the
 *                  search path is {@code OPERATOR(schema.op)}
 */
public record ExclusionConstraint(String name, Index index, List<String> operators, Deferral deferral)
        implements Constraint {
    public ExclusionConstraint {
        Lists.requireName(name, "exclusion constraint");
        java.util.Objects.requireNonNull(index, "exclusion index");
        operators = Lists.copy(operators);
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
        if (!index.name().equals(name)) index = new Index(name, false, index.method(), index.keys(), index.include(),
                index.where(), false, null, index.storage());
        if (operators.size() != index.keys().size()) {
            throw new IllegalArgumentException("exclusion constraint " + name + ": " + index.keys().size()
                    + " elements but " + operators.size() + " operators");
        }
    }

    public ExclusionConstraint withIndex(Index ix) {
        return new ExclusionConstraint(name, ix, operators, deferral);
    }

    public ExclusionConstraint withName(String newName) {
        return new ExclusionConstraint(newName, index.withName(newName), operators, deferral);
    }
}
