package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.kinds.StepOut;
import io.schemasync.plan.Step.Action;

/** The planner's side of {@link StepOut}: the one step a kind writes for a change becomes a {@link Draft}. */
final class KindSteps implements StepOut {
    private final Change change;
    private final Capabilities server;
    private Draft draft;

    private KindSteps(Change change, Capabilities server) {
        this.change = change;
        this.server = server;
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

    static Draft alter(Change.AlterObject c, Capabilities server) {
        KindSteps out = new KindSteps(c, server);
        kind(c.to()).alterAny(c.schema(), c.from(), c.to(), c.usedBy(), out);
        return out.result();
    }

    static Draft drop(Change.DropObject c, Capabilities server) {
        KindSteps out = new KindSteps(c, server);
        kind(c.object()).dropAny(c.schema(), c.object(), c.usedBy(), out);
        return out.result();
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
            case NOTE -> Hazard.Kind.NOTE;
        };
    }
}
