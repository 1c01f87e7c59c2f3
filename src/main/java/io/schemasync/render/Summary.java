package io.schemasync.render;

import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts behind the last line of every format. Counts per action include refused steps; {@code refused}
 * says how many of them may not run.
 */
record Summary(Tally create, Tally alter, Tally drop, long inSync, long unmanaged, long warnings, boolean empty) {
    record Tally(long total, long refused) {
        String part(String verb) {
            if (total == 0) return null;
            if (refused == 0) return total + " to " + verb;
            if (refused == total) return total + " to " + verb + " (refused)";
            return total + " to " + verb + " (" + refused + " refused)";
        }
    }

    static Summary of(Plan plan) {
        return new Summary(tally(plan, Step.Action.CREATE), tally(plan, Step.Action.ALTER),
                tally(plan, Step.Action.DROP), plan.inSync().size(), plan.unmanaged().size(), plan.warningCount(),
                plan.isEmpty());
    }

    private static Tally tally(Plan plan, Step.Action action) {
        long total = plan.steps().stream().filter(s -> s.action() == action).count();
        return new Tally(total, total - plan.count(action));
    }

    long refused() {
        return create.refused + alter.refused + drop.refused;
    }

    /** {@code Plan: 2 to create, 1 to alter, 1 to drop (refused), 14 in sync · 2 warnings}. */
    String line() {
        return (empty ? nothingToDo() : "Plan: " + String.join(", ", parts())) + extras();
    }

    private String nothingToDo() {
        if (inSync == 0) return "In sync: nothing to do";
        return "In sync: nothing to do (" + Notes.plural(inSync, "object", "objects") + " in sync)";
    }

    private List<String> parts() {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {create.part("create"), alter.part("alter"), drop.part("drop")}) {
            if (part != null) parts.add(part);
        }
        if (inSync > 0) parts.add(inSync + " in sync");
        return parts;
    }

    private String extras() {
        String out = unmanaged > 0 ? " · " + unmanaged + " unmanaged" : "";
        return warnings > 0 ? out + " · " + Notes.plural(warnings, "warning", "warnings") : out;
    }
}
