package io.schemasync.apply;

import io.schemasync.plan.Plan;

/**
 * The outcome of apply.
 *
 * @param plan     the plan that ran (or was refused)
 * @param applied  false when nothing ran: the plan was empty, or refused
 * @param executed number of statements executed
 * @param recorded the verification after the commit recorded the schema files as in sync
 *                 ({@link SchemaSync.Options#withRecording}); the caller need not
 */
public record ApplyResult(Plan plan, boolean applied, int executed, boolean recorded) {
    public ApplyResult(Plan plan, boolean applied, int executed) {
        this(plan, applied, executed, false);
    }
}
