package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.kinds.Routine;
import io.schemasync.model.ObjectRef;

import java.util.List;

/**
 * The ordered steps that bring the live database to the desired schema, with what is already in sync and what
 * the YAML does not manage. Render and apply both consume this.
 */
public record Plan(List<Step> steps, List<ObjectRef> inSync, List<ObjectRef> unmanaged) {
    public Plan {
        steps = List.copyOf(steps);
        inSync = List.copyOf(inSync);
        unmanaged = List.copyOf(unmanaged);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** True when some step may not run under the options the plan was made with. */
    public boolean hasRefusals() {
        return steps.stream().anyMatch(Step::refused);
    }

    /**
     * Whether any of {@code steps} creates or replaces a function or procedure. The plan's canonical stage checked
     * every body against the whole new schema; where the steps run, what a body names (a column this plan adds, a
     * table it renames) may come later in the same transaction, since nothing tells which tables a body reads. So the
     * steps run with {@code check_function_bodies} off, as a pg_dump restore does.
     */
    public static boolean definesRoutines(List<Step> steps) {
        return steps.stream().map(Step::change).anyMatch(c -> c instanceof Change.CreateObject o
                && o.object() instanceof Routine || c instanceof Change.AlterObject a && a.to() instanceof Routine
                || c instanceof Change.ReattachDependent r && r.object() instanceof Routine);
    }

    public long count(Step.Action action) {
        return steps.stream().filter(s -> s.action() == action && !s.refused()).count();
    }

    public long refusedCount() {
        return steps.stream().filter(Step::refused).count();
    }

    /** The steps as a saved plan holds them: the object, the phase and the statements apply runs. */
    public List<io.schemasync.model.SavedPlan.Step> savedSteps() {
        return steps.stream().map(s -> new io.schemasync.model.SavedPlan.Step(s.change().target().toString(),
                s.phase().name().toLowerCase(java.util.Locale.ROOT), s.statements())).toList();
    }

    /** The hash of what runs: every step's object, phase and statements, in order. */
    public String fingerprint() {
        return io.schemasync.model.SavedPlan.fingerprintOf(savedSteps());
    }

    public long warningCount() {
        return steps.stream().mapToLong(s -> s.hazards().stream()
                .filter(h -> h.kind() != Hazard.Kind.DESTRUCTIVE && h.kind() != Hazard.Kind.UNSUPPORTED).count()
                + s.preflights().stream().filter(p -> p.found() || p.notChecked() != null).count()).sum();
    }
}
