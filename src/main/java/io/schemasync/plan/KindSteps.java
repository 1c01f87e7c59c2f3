package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.kinds.StepOut;
import io.schemasync.plan.Step.Action;

/** The planner's side of {@link StepOut}: the one step a kind writes for a change becomes a {@link Draft}. */
final class KindSteps implements StepOut {
    private final Change change;
    private final Capabilities server;
    /** The plan sets the object's owner and grants again: that it loses them is not worth a note. */
    private final boolean accessSetAgain;
    private Draft draft;

    private KindSteps(Change change, Capabilities server) {
        this(change, server, false);
    }

    private KindSteps(Change change, Capabilities server, boolean accessSetAgain) {
        this.change = change;
        this.server = server;
        this.accessSetAgain = accessSetAgain;
    }

    @Override
    public Capabilities server() {
        return server;
    }

    static Draft create(Change.CreateObject c, Capabilities server) {
        KindSteps out = new KindSteps(c, server);
        kind(c.object()).createAny(c.schema(), c.object(), out);
        return out.result();
    }

    static Draft alter(Change.AlterObject c, Capabilities server, boolean accessSetAgain) {
        KindSteps out = new KindSteps(c, server, accessSetAgain);
        kind(c.to()).alterAny(c.schema(), c.from(), c.to(), c.usedBy(), out);
        return out.result();
    }

    static Draft drop(Change.DropObject c, Capabilities server) {
        KindSteps out = new KindSteps(c, server);
        kind(c.object()).dropAny(c.schema(), c.object(), c.usedBy(), out);
        return out.result();
    }

    /** Not destructive: the same transaction creates it again ({@link #reattach}). */
    static Draft detach(Change.DetachDependent c, Capabilities server) {
        ObjectKind<?> kind = kind(c.object());
        return new Draft(c, Action.ALTER, "drop for a moment, around the change of " + causes(c.because()))
                .sql(kind.dropStatementAny(c.schema(), c.object(), false),
                        kind.dropStatementAny(c.schema(), c.object(), true));
    }

    /** The kind's create (or its own form of creating again), told as creating again after the causes. */
    static Draft reattach(Change.ReattachDependent c, Capabilities server, boolean accessSetAgain) {
        KindSteps out = new KindSteps(c, server);
        kind(c.object()).reattachAny(c.schema(), c.object(), out);
        Draft made = out.result();
        Draft d = new Draft(c, Action.ALTER, "create again" + (c.changed() ? " in its new form" : "")
                + " after the change of " + causes(c.because()));
        d.statements.addAll(made.statements);
        d.script.addAll(made.script);
        d.hazards.addAll(made.hazards);
        d.preflights.addAll(made.preflights);
        // A trigger or a policy has no owner or privileges of its own (they are its table's); where the YAML gives
        // both the owner and the grants, the plan sets them again after it.
        if (!kind(c.object()).belongsToTable() && !accessSetAgain) {
            d.hazard(Hazard.Kind.NOTE, "privileges granted on it are lost (grant them again), and the role that"
                    + " applies owns it");
        }
        return d;
    }

    private static String causes(java.util.List<io.schemasync.model.ObjectRef> because) {
        return String.join(", ", because.stream().map(Object::toString).toList());
    }

    private static ObjectKind<?> kind(io.schemasync.model.SchemaObject o) {
        return io.schemasync.kinds.Kinds.of(o);
    }

    private Draft result() {
        if (draft == null) throw new IllegalStateException("the kind wrote no step for " + change.target());
        return draft;
    }

    @Override
    public Step step(Act act, String summary) {
        if (draft != null) throw new IllegalStateException("a kind writes one step per change: " + change.target());
        draft = new Draft(change, action(act), summary);
        return new Step() {
            @Override
            public Step sql(String statement) {
                draft.sql(statement);
                return this;
            }

            @Override
            public Step sql(String statement, String guarded) {
                draft.sql(statement, guarded);
                return this;
            }

            @Override
            public Step risk(Risk risk, String message) {
                if (risk == Risk.PRIVILEGES_LOST && accessSetAgain) return this;
                draft.hazard(hazard(risk), message);
                return this;
            }

            @Override
            public Step check(String countSql, String problem) {
                draft.check(countSql, problem);
                return this;
            }

            @Override
            public Step rows(String countSql, String what) {
                draft.rows(countSql, what);
                return this;
            }
        };
    }

    private static Action action(Act act) {
        return switch (act) {
            case CREATE -> Action.CREATE;
            case ALTER -> Action.ALTER;
            case DROP -> Action.DROP;
        };
    }

    private static Hazard.Kind hazard(Risk risk) {
        return switch (risk) {
            case DESTRUCTIVE -> Hazard.Kind.DESTRUCTIVE;
            case UNSUPPORTED -> Hazard.Kind.UNSUPPORTED;
            case REWRITES_TABLE -> Hazard.Kind.REWRITES_TABLE;
            case LOCKS_TABLE -> Hazard.Kind.LOCKS_TABLE;
            case NOTE, PRIVILEGES_LOST -> Hazard.Kind.NOTE;
        };
    }
}
