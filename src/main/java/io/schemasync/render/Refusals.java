package io.schemasync.render;

import io.schemasync.plan.Hazard;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a plan's steps are refused, and what to do about each reason. Only a step refused for want of the flag is
 * told to use {@code --allow-destructive}: a step that fails on the live rows or that PostgreSQL cannot make in
 * place stays refused with it, and advice to pass it again would send people the wrong way.
 */
public final class Refusals {
    public enum Why {
        /** PostgreSQL cannot make the change in place; refused under any option. */
        UNSUPPORTED,
        /** A read-only check found rows the step would fail on (a cast, NULLs, duplicates, ...). */
        FAILS_ON_DATA,
        /** Destructive, and --allow-destructive was not given. */
        NEEDS_FLAG
    }

    private Refusals() {}

    public static Why why(Step step) {
        if (step.hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.UNSUPPORTED)) return Why.UNSUPPORTED;
        if (step.preflights().stream().anyMatch(Preflight::failed)) return Why.FAILS_ON_DATA;
        return Why.NEEDS_FLAG;
    }

    /**
     * One sentence per reason the plan's steps are refused, in the order unsupported, data, flag.
     *
     * @param withFlag what to run once destructive steps are reviewed ("run apply with --allow-destructive")
     */
    public static List<String> advice(Plan plan, String withFlag) {
        long unsupported = count(plan, Why.UNSUPPORTED), data = count(plan, Why.FAILS_ON_DATA);
        List<String> out = new ArrayList<>();
        if (unsupported > 0) out.add(Notes.plural(unsupported, "change", "changes") + (unsupported == 1 ? " is" : " are")
                + " not something PostgreSQL can do in place; the plan says how to do it instead (see ✗).");
        if (data > 0) out.add(Notes.plural(data, "change", "changes") + " would fail on the rows in the database"
                + " (see ⚠): fix those rows first, then plan again.");
        if (count(plan, Why.NEEDS_FLAG) > 0) out.add("The plan drops or narrows objects; review it, then " + withFlag + ".");
        return out;
    }

    private static long count(Plan plan, Why why) {
        return plan.steps().stream().filter(s -> s.refused() && why(s) == why).count();
    }
}
