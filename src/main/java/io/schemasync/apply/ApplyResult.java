package io.schemasync.apply;

import io.schemasync.plan.Plan;

/**
 * The outcome of apply.
 *
 * @param plan     the plan that ran (or was refused)
 * @param applied  false when nothing ran: the plan was empty, or refused
 * @param executed number of statements executed
 */
public record ApplyResult(Plan plan, boolean applied, int executed) {}
