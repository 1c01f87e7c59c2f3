package io.schemasync.fleet;

/** How one target of a rollout ended. */
public enum Outcome {
    /** Nothing to do: the target is in the schema. */
    IN_SYNC("in sync"),
    /** plan: the target has changes to apply. */
    CHANGES("changes"),
    /** apply: the plan ran and was verified. */
    APPLIED("applied"),
    /** apply refused the plan (destructive or unsupported steps): nothing was applied. */
    REFUSED("refused"),
    /** The target failed: cannot connect, a statement failed (its transaction was rolled back). */
    FAILED("failed"),
    /** Not attempted: an earlier target failed (the canary, or a rollout without --continue-on-error). */
    SKIPPED("skipped");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether the target is in the schema at the end of the run. */
    public boolean inSync() {
        return this == IN_SYNC || this == APPLIED;
    }

    /** Whether the target stops a rollout (the canary, or any target without --continue-on-error). */
    public boolean stops() {
        return this == FAILED || this == REFUSED;
    }
}
