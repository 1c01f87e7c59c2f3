package io.schemasync.model;

import java.util.List;
import java.util.Objects;

/**
 * A plan saved by {@code plan --out}, as {@code apply --plan} reads it back: what it was computed from, with which
 * options, and the statements of each step, which apply runs only when a plan computed now has exactly these.
 *
 * @param target           the database it was planned against (password redacted)
 * @param createdAt        ISO-8601, UTC
 * @param planFingerprint  the hash of the steps (see {@link #fingerprintOf})
 */
public record SavedPlan(String toolVersion, String createdAt, String target, boolean allowDestructive,
                        boolean dropUnmanaged, Fingerprint catalog, Fingerprint schema, String planFingerprint,
                        List<Step> steps) {
    /** The version of the plan file's format (and of the JSON plan it extends). */
    public static final int FORMAT_VERSION = 1;

    public SavedPlan {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(schema, "schema");
        steps = List.copyOf(steps);
    }

    /**
     * One step as apply would run it.
     *
     * @param object "column public.users.email"
     * @param phase  "transaction", "after_commit", "before_transaction"
     */
    public record Step(String object, String phase, List<String> statements) {
        public Step {
            statements = List.copyOf(statements);
        }
    }

    /** The hash of a plan's steps: what runs, in which phase, in order. */
    public static String fingerprintOf(List<Step> steps) {
        StringBuilder all = new StringBuilder();
        for (Step s : steps) {
            all.append(s.object()).append('\0').append(s.phase()).append('\n');
            s.statements().forEach(sql -> all.append(sql).append("\0;\n"));
        }
        return Fingerprint.sha256(all.toString());
    }
}
