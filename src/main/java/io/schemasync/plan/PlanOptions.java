package io.schemasync.plan;

/** @param allowDestructive whether drops and narrowing changes may run */
public record PlanOptions(boolean allowDestructive) {
    public static PlanOptions safe() {
        return new PlanOptions(false);
    }
}
