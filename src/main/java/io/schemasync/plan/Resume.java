package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AddKeyUsingIndex;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.DropIndex;
import io.schemasync.diff.Change.DropTempIndex;
import io.schemasync.diff.Change.NotNullStage;
import io.schemasync.diff.Change.NotNullStep;
import io.schemasync.diff.Change.RenameIndex;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SwapIndex;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks up what an apply that stopped after its commit left halfway of an online change, so that running apply
 * again finishes it instead of planning drops (and refusing them): a helper check of SET NOT NULL (validated or not,
 * SET NOT NULL done or not), an index built under its temporary name (the old one dropped or not), a unique index
 * built for a key that was not attached yet. A constraint left NOT VALID is the diff's ValidateConstraint.
 */
final class Resume {
    private final Database live;
    private final Target target;
    private final List<Change> changes;
    private final Set<Change> consumed = new HashSet<>();
    private final Map<Change, List<Change>> replaced = new HashMap<>();

    private Resume(Database live, Target target, List<Change> changes) {
        this.live = live;
        this.target = target;
        this.changes = changes;
    }

    static List<Change> apply(List<Change> changes, Database live, Target target) {
        Resume r = new Resume(live, target, changes);
        for (Change c : changes) {
            switch (c) {
                case DropConstraint d when d.constraint() instanceof CheckConstraint ck -> r.helperCheck(d, ck);
                case DropIndex d -> r.leftoverIndex(d);
                case RenameIndex rn -> r.renamedTemp(rn);
                default -> { }
            }
        }
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (r.replaced.containsKey(c)) out.addAll(r.replaced.get(c));
            else if (!r.consumed.contains(c)) out.add(c);
        }
        out.addAll(r.invalidLeftovers());
        return out;
    }

    private Optional<Table> liveTable(String schema, String table) {
        return live.table(schema, table);
    }

    /** A check that SET NOT NULL of this tool added, by its name (either form) and its expression. */
    private void helperCheck(DropConstraint d, CheckConstraint ck) {
        Table t = liveTable(d.schema(), d.table()).orElse(null);
        if (t == null) return;
        for (Column col : t.columns()) {
            for (boolean pg18 : new boolean[] {false, true}) {
                // Before 18 a check of that name and text is somebody's CHECK, not a NOT NULL constraint.
                if (pg18 && !target.notNullConstraints()) continue;
                if (ck.name().equals(Online.helperName(t.name(), col.name(), pg18))
                        && ck.expression().endsWith(" IS NOT NULL)") && ck.expression().contains(col.name())) {
                    finishNotNull(d, ck, col, pg18);
                    return;
                }
            }
        }
    }

    /**
     * The column is still nullable and the YAML wants it NOT NULL: validate the check if it is not yet, then SET NOT
     * NULL and drop it (before 18). Otherwise the check has no purpose left and is dropped (not destructive: it
     * only ever held what the YAML asked for, or asks no more).
     */
    private void finishNotNull(DropConstraint d, CheckConstraint ck, Column col, boolean pg18) {
        AlterColumn alter = alterOf(d.schema(), d.table(), col.name());
        boolean wanted = alter != null && alter.aspects().contains(ColumnAspect.NULLABLE) ? !alter.to().nullable()
                : !col.nullable();
        List<Change> steps = new ArrayList<>();
        if (wanted && col.nullable()) {
            if (!ck.validated()) {
                steps.add(new NotNullStep(d.schema(), d.table(), col.name(), ck.name(), NotNullStage.VALIDATE, pg18,
                        true));
            }
            if (!pg18) {
                steps.add(new NotNullStep(d.schema(), d.table(), col.name(), ck.name(), NotNullStage.SET, false,
                        ck.validated()));
            }
            if (alter != null) withoutNullable(alter);
        } else {
            steps.add(new NotNullStep(d.schema(), d.table(), col.name(), ck.name(), NotNullStage.DROP, pg18, false));
        }
        replaced.put(d, steps);
    }

    private AlterColumn alterOf(String schema, String table, String column) {
        return changes.stream().filter(c -> c instanceof AlterColumn a && a.schema().equals(schema)
                && a.table().equals(table) && a.to().name().equals(column)).map(c -> (AlterColumn) c)
                .findFirst().orElse(null);
    }

    private void withoutNullable(AlterColumn a) {
        Set<ColumnAspect> rest = EnumSet.noneOf(ColumnAspect.class);
        rest.addAll(a.aspects());
        rest.remove(ColumnAspect.NULLABLE);
        replaced.put(a, rest.isEmpty() ? List.of() : List.of(new AlterColumn(a.schema(), a.table(), a.from(),
                a.to().withNullable(a.from().nullable()), rest)));
    }

    /**
     * A live index the YAML does not have: an index a swap built under its temporary name, the old index a swap
     * renamed away, or the index of a key to attach.
     */
    private void leftoverIndex(DropIndex d) {
        if (keyIndex(d)) return;
        String name = d.index().name();
        String retiredOf = leftoverOf(d.schema(), d.table(), name, Online::retiredName);
        if (retiredOf != null) {
            replaced.put(d, List.of(new DropTempIndex(d.schema(), d.table(), name, retiredOf)));
            return;
        }
        String of = leftoverOf(d.schema(), d.table(), name, Online::tempName);
        if (of == null) return;
        ReplaceIndex rebuild = rebuildOf(d.schema(), d.table(), of);
        if (rebuild != null && sameButName(d.index(), rebuild.to())) {
            replaced.put(rebuild, List.of(new SwapIndex(d.schema(), d.table(), rebuild.from(), rebuild.to(), name, true)));
            consumed.add(d);
        } else if (rebuild != null) {
            consumed.add(d); // the rebuild drops it first
        } else {
            replaced.put(d, List.of(new DropTempIndex(d.schema(), d.table(), name, of)));
        }
    }

    private ReplaceIndex rebuildOf(String schema, String table, String index) {
        return changes.stream().filter(c -> c instanceof ReplaceIndex r && r.schema().equals(schema)
                && r.table().equals(table) && r.to().name().equals(index)).map(c -> (ReplaceIndex) c).findFirst()
                .orElse(null);
    }

    /**
     * INVALID indexes under a temporary name of this tool: an interrupted build of the new definition (unless a
     * rebuild of the plan drops it first anyway), or an interrupted DROP INDEX CONCURRENTLY of the old one.
     */
    private List<Change> invalidLeftovers() {
        List<Change> out = new ArrayList<>();
        target.invalidIndexes().stream().sorted(java.util.Comparator.comparing(Object::toString)).forEach(ix -> {
            String retiredOf = leftoverOf(ix.schema(), ix.table(), ix.name(), Online::retiredName);
            String of = retiredOf != null ? retiredOf : leftoverOf(ix.schema(), ix.table(), ix.name(), Online::tempName);
            if (of == null || retiredOf == null && rebuildOf(ix.schema(), ix.table(), of) != null) return;
            out.add(new DropTempIndex(ix.schema(), ix.table(), ix.name(), of));
        });
        return out;
    }

    /** The old index went, the new one kept its temporary name: the diff saw a rename. The old name may hold an
     * INVALID leftover of an interrupted DROP INDEX CONCURRENTLY, so this finishes as a swap after the commit. */
    private void renamedTemp(RenameIndex rn) {
        if (!rn.from().equals(Online.tempName(rn.to()))) return;
        Index temp = liveTable(rn.schema(), rn.table()).flatMap(t -> t.indexes().stream()
                .filter(ix -> ix.name().equals(rn.from())).findFirst()).orElse(null);
        if (temp == null) return;
        Index to = new Index(rn.to(), temp.unique(), temp.method(), temp.keys(), temp.include(), temp.where(),
                temp.nullsNotDistinct(), temp.comment(), temp.storage());
        replaced.put(rn, List.of(new SwapIndex(rn.schema(), rn.table(), null, to, rn.from(), true)));
    }

    /** The index of the same name as a key the plan adds, built as that key's index: attach it. */
    private boolean keyIndex(DropIndex d) {
        for (Change c : changes) {
            if (c instanceof AddConstraint a && a.schema().equals(d.schema()) && a.table().equals(d.table())
                    && a.constraint().name().equals(d.index().name())
                    && !(a.constraint() instanceof CheckConstraint) && !(a.constraint() instanceof ForeignKey)
                    && Online.keyIndex(a.constraint()).sameDefinition(d.index())) {
                replaced.put(a, List.of(new AddKeyUsingIndex(a.schema(), a.table(), a.constraint(), true)));
                consumed.add(d);
                return true;
            }
        }
        return false;
    }

    /** The index of the table (live or wanted) whose temporary name, as {@code naming} makes it, is {@code name}. */
    private String leftoverOf(String schema, String table, String name,
                              java.util.function.UnaryOperator<String> naming) {
        Set<String> names = new HashSet<>();
        liveTable(schema, table).ifPresent(t -> t.indexes().forEach(ix -> names.add(ix.name())));
        for (Change c : changes) {
            if (c instanceof CreateIndex ci && ci.schema().equals(schema) && ci.table().equals(table)) names.add(ci.index().name());
            if (c instanceof ReplaceIndex r && r.schema().equals(schema) && r.table().equals(table)) names.add(r.to().name());
            if (c instanceof RenameIndex r && r.schema().equals(schema) && r.table().equals(table)) names.add(r.to());
        }
        return names.stream().filter(n -> !n.equals(name) && naming.apply(n).equals(name)).sorted().findFirst()
                .orElse(null);
    }

    private static boolean sameButName(Index a, Index b) {
        return new Index(b.name(), a.unique(), a.method(), a.keys(), a.include(), a.where(), a.nullsNotDistinct(), null)
                .sameDefinition(b);
    }
}
