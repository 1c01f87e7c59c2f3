package io.schemasync.plan;

import java.util.List;

/** The changes depend on each other in a circle, so no order of steps can work; the message names the circle. */
public final class CycleException extends RuntimeException {
    private final List<String> cycle;

    CycleException(List<String> cycle) {
        super("these changes depend on each other in a circle, so no order works: " + String.join(" → ", cycle)
                + "; split the change into two deploys");
        this.cycle = List.copyOf(cycle);
    }

    public List<String> cycle() {
        return cycle;
    }
}
