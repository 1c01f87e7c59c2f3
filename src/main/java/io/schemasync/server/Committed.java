package io.schemasync.server;

import io.schemasync.plan.Step;

import java.util.List;
import java.util.Objects;

/**
 * What a failed apply had already made permanent. A failure after a commit must not read as "nothing was applied":
 * the CLI words this, and says that running apply again resumes.
 *
 * @param stage     where apply stopped
 * @param committed the steps whose changes are committed, in plan order: enum labels committed first, then the
 *                  transaction's steps when the transaction committed
 * @param completed after-commit steps that completed
 * @param failed    the after-commit step that failed; null when none did
 * @param notRun    after-commit steps that did not run
 */
public record Committed(Stage stage, List<Step> committed, List<Step> completed, Step failed, List<Step> notRun) {
    public enum Stage {
        /** New enum labels were committed first; the transaction with everything else was rolled back. */
        LABELS_FIRST,
        /** The transaction committed; an after-commit step failed, or the after-commit phase could not start. */
        AFTER_COMMIT,
        /** Every step ran and committed; the verification that followed failed or found differences. */
        VERIFICATION,
        /**
         * The plan ran in batches, each its own transaction (a plan larger than one transaction's lock budget):
         * the batches before the failing one committed, the failing one was rolled back.
         */
        BATCHES
    }

    public Committed {
        Objects.requireNonNull(stage, "stage");
        committed = List.copyOf(committed);
        completed = List.copyOf(completed);
        notRun = List.copyOf(notRun);
    }

    public static Committed labelsFirst(List<Step> labels) {
        return new Committed(Stage.LABELS_FIRST, labels, List.of(), null, List.of());
    }

    public static Committed afterCommit(List<Step> committed, List<Step> afterCommit, int failedAt) {
        return new Committed(Stage.AFTER_COMMIT, committed, afterCommit.subList(0, failedAt), afterCommit.get(failedAt),
                afterCommit.subList(failedAt + 1, afterCommit.size()));
    }

    public static Committed beforeAfterCommit(List<Step> committed, List<Step> afterCommit) {
        return new Committed(Stage.AFTER_COMMIT, committed, List.of(), null, afterCommit);
    }

    /** @param failedBatch the steps of the batch that was rolled back; notRun the steps of the batches after it */
    public static Committed batches(List<Step> committed, List<Step> failedBatch, List<Step> notRun) {
        return new Committed(Stage.BATCHES, committed, failedBatch, null, notRun);
    }

    public static Committed verification(List<Step> committed, List<Step> afterCommit) {
        return new Committed(Stage.VERIFICATION, committed, afterCommit, null, List.of());
    }
}
