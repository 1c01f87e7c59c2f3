package io.schemasync.apply;

import io.schemasync.dryrun.DryRun;
import io.schemasync.model.SavedPlan;

import java.util.List;

/**
 * {@code apply --plan}: the reviewed plan is the plan that runs. Under the lock, the catalog must be the one the
 * plan was made against, and the plan computed now must hold exactly the saved statements; otherwise nothing runs.
 */
final class SavedPlans {
    private static final String RUN_PLAN_AGAIN = "; nothing was applied: run plan again, review it, and apply that";

    private SavedPlans() {}

    static void check(SavedPlan saved, DryRun.Planned now) throws PlanChangedException {
        if (!now.catalog().sameAs(saved.catalog())) {
            throw new PlanChangedException("the database changed since the plan was made (" + saved.createdAt()
                    + "): " + now.catalog().changesSince(saved.catalog()) + RUN_PLAN_AGAIN);
        }
        List<SavedPlan.Step> steps = now.plan().savedSteps();
        if (!steps.equals(saved.steps())) {
            throw new PlanChangedException("the plan computed now differs from the saved one although the database"
                    + " and the schema files did not change (was it made by another version of schemasync? it says "
                    + saved.toolVersion() + "): " + firstDifference(saved.steps(), steps) + RUN_PLAN_AGAIN);
        }
    }

    private static String firstDifference(List<SavedPlan.Step> saved, List<SavedPlan.Step> now) {
        for (int i = 0; i < Math.min(saved.size(), now.size()); i++) {
            if (!saved.get(i).equals(now.get(i))) {
                return "step " + (i + 1) + " was " + saved.get(i).object() + ", is now " + now.get(i).object()
                        + (saved.get(i).object().equals(now.get(i).object()) ? " with other statements" : "");
            }
        }
        return "the saved plan has " + saved.size() + " steps, the plan now " + now.size();
    }
}
