package io.schemasync.cli;

import io.schemasync.server.Committed;
import io.schemasync.plan.Step;
import io.schemasync.render.TextRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a failed apply had committed, in words. After a commit "nothing was applied" would be a lie, and the
 * reader needs to know what is in the database now and what running apply again will do.
 */
final class CommittedText {
    static final String RESUME = "run apply again to resume: it plans against the database as it is now and runs"
            + " only what is missing (an index whose build failed is left INVALID; apply drops it and builds it again)";

    private CommittedText() {}

    static List<String> lines(Committed c) {
        return switch (c.stage()) {
            case LABELS_FIRST -> List.of(steps("committed first, and kept", c.committed()),
                    "everything else was rolled back (adding an enum label changes no data): fix the failure and run"
                            + " apply again");
            case AFTER_COMMIT -> afterCommit(c);
            case VERIFICATION -> verification(c);
            case BATCHES -> List.of("committed in batches before the failure: " + Counts.of(c.committed().size(), "step")
                    + "; the failing batch (" + Counts.of(c.completed().size(), "step") + ") was rolled back"
                    + (c.notRun().isEmpty() ? "" : ", and " + Counts.of(c.notRun().size(), "step") + " did not run"),
                    "each batch is its own transaction: " + RESUME);
        };
    }

    /** Every step ran and committed; the re-read of the catalog failed or found differences. */
    private static List<String> verification(Committed c) {
        List<String> out = new ArrayList<>();
        if (!c.committed().isEmpty()) out.add(steps("committed", c.committed()));
        if (!c.completed().isEmpty()) out.add(steps("completed after the commit", c.completed()));
        out.add("these changes are in the database; the verification after the commit did not find it in sync:"
                + " run plan to see what is left");
        return out;
    }

    /** The transaction committed, then an after-commit step failed (or the phase could not start). */
    private static List<String> afterCommit(Committed c) {
        List<String> out = new ArrayList<>();
        out.add(c.committed().isEmpty() ? "committed: the transaction, which held no steps (all run after the commit)"
                : steps("committed", c.committed()));
        if (!c.completed().isEmpty()) out.add(steps("completed after the commit", c.completed()));
        if (c.failed() != null) out.add("failed after the commit: " + TextRenderer.describe(c.failed()));
        if (!c.notRun().isEmpty()) out.add(steps("not run", c.notRun()));
        out.add(RESUME);
        return out;
    }

    /** "committed (2 steps): table public.t create; column public.u.x add (integer, nullable)". */
    private static String steps(String what, List<Step> steps) {
        return what + " (" + Counts.of(steps.size(), "step") + "): "
                + steps.stream().map(TextRenderer::describe).collect(Collectors.joining("; "));
    }
}
