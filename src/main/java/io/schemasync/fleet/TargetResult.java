package io.schemasync.fleet;

import io.schemasync.plan.Plan;

import java.time.Duration;

/**
 * What happened to one target.
 *
 * @param before   the fingerprint of the live catalog before (null when it could not be read)
 * @param after    after the run: the same as before unless something was applied (null when unknown)
 * @param plan     the target's plan (null when it shared a plan computation's "nothing to do", or failed before)
 * @param shared   it found nothing to do through another target's plan computation (same catalog identity)
 * @param group    the catalog identity it was grouped by (null when it could not be read)
 * @param error    why it failed or was skipped; null otherwise
 */
public record TargetResult(FleetTarget target, Outcome outcome, String before, String after, Plan plan,
                           boolean shared, String group, String error, Duration elapsed) {}
