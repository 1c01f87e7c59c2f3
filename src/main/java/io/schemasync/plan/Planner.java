package io.schemasync.plan;

import io.schemasync.sql.Sql;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AddEnumValue;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.AlterSequence;
import io.schemasync.diff.Change.CreateEnum;
import io.schemasync.diff.Change.CreateExtension;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.CreateSchema;
import io.schemasync.diff.Change.CreateSequence;
import io.schemasync.diff.Change.CreateTable;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.DropEnum;
import io.schemasync.diff.Change.DropIndex;
import io.schemasync.diff.Change.DropSequence;
import io.schemasync.diff.Change.DropTable;
import io.schemasync.diff.Change.RenameColumn;
import io.schemasync.diff.Change.RenameTable;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.diff.Change.Unsupported;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.ObjectRef;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns changes into ordered steps with their SQL, hazards and preflight checks. Pure. The order is a
 * topological order of the changes' dependencies ({@link StepOrder}): creates after what they need, drops after
 * whatever stops using the dropped object; ties go by kind (schemas, extensions and types before tables, foreign
 * keys after keys, drops last) and then by the diff's order.
 */
public final class Planner {
    private Planner() {}

    public static Plan plan(Change.Result diff, PlanOptions options) {
        return plan(diff, Database.empty(), Target.unknown(), options);
    }

    public static Plan plan(Change.Result diff, Database live, PlanOptions options) {
        return plan(diff, live, Target.unknown(), options);
    }

    /**
     * @param live   the live database the diff was made against: foreign keys that reference a key the plan
     *               replaces are dropped and added again around it ({@link Rebuilds}); what an interrupted apply
     *               left halfway is finished ({@link Resume})
     * @param target the server's version and which tables hold no rows: tables with rows get the online forms
     *               ({@link Online})
     */
    public static Plan plan(Change.Result diff, Database live, Target target, PlanOptions options) {
        List<Change> changes = TakenNames.refuse(Rebuilds.aroundRepartitions(Rebuilds.expand(Resume.apply(
                diff.changes(), live, target), live), live), target);
        GeneratedColumns generated = GeneratedColumns.of(changes, live, target.capabilities());
        changes = changes.stream().filter(c -> !generated.folded(c)).toList();
        Dependents.Result dependents = Dependents.expand(changes, live, diff.unmanaged(), target.viewReads(), generated);
        changes = dependents.changes();
        Tables tables = Tables.of(changes, target).withPartitioned(live);
        changes = Rebuilds.aroundTypeChanges(changes, live, tables);
        Set<String> keysInTransaction = keysInTransaction(changes);
        changes = Online.expand(changes, tables, target, keysInTransaction);
        Map<String, List<String>> enums = new HashMap<>();
        changes.forEach(c -> {
            if (c instanceof CreateEnum ce) enums.put(ce.type().name(), ce.type().values());
            if (c instanceof AddEnumValue av) enums.put(av.type(), null);
        });
        var builder = new StepBuilder(tables, enums, keysInTransaction, NewTypes.of(changes),
                ViewUses.of(changes, dependents.named())).live(live, changes).generated(generated);
        List<Change> ordered = StepOrder.of(changes, generated);
        List<Draft> drafts = new java.util.ArrayList<>(ordered.stream().map(builder::draft).toList());
        aroundDependents(drafts, dependents);
        afterWhatTheyNeed(drafts, StepOrder.suppliers(ordered, generated));
        KeyGaps.dropsAfterSuccessors(drafts);
        OneRewrite.merge(drafts);
        if (usesNewLabel(drafts)) {
            drafts.stream().filter(d -> d.change instanceof AddEnumValue).forEach(d -> d.phase = Phase.BEFORE_TRANSACTION);
        }
        List<Step> steps = drafts.stream().map(d -> d.build(options.allowDestructive())).toList();
        return new Plan(steps, diff.inSync(), sorted(diff.unmanaged()));
    }

    /**
     * The changes that took an online form (NOT VALID then VALIDATE after the commit, SET NOT NULL through a check, a
     * key's index built CONCURRENTLY) although the preflight checks of {@code checked} say the live rows fail them,
     * or could not be checked because the check raised an error. Planned again with these in
     * {@link Target#withFailing}, they stay in the transaction and fail there, before anything commits.
     */
    public static Set<ObjectRef> failingOnline(Plan checked) {
        return Online.failing(checked.steps());
    }

    /**
     * Tables whose keys are made in the transaction: a foreign key that is dropped and added again (around a key
     * the plan replaces), or replaced, references them. Were the key built after the commit, the foreign key would
     * have to wait for it, and the table would be without it in between. Also tables whose new key covers one the
     * transaction drops ({@link KeyGaps}).
     */
    private static Set<String> keysInTransaction(List<Change> changes) {
        Set<String> out = new HashSet<>();
        changes.forEach(c -> {
            if (c instanceof ReplaceConstraint rc && rc.to() instanceof ForeignKey fk) out.add(fk.refSchema() + "." + fk.refTable());
            // One added again around a type change references the key that is already there, not a new one.
            if (c instanceof Change.ReattachForeignKey r && r.because().kind() != ObjectRef.Kind.COLUMN) {
                out.add(r.fk().refSchema() + "." + r.fk().refTable());
            }
        });
        out.addAll(KeyGaps.tables(changes));
        return out;
    }

    /**
     * A change that dependents are dropped and created again around says so ({@link Step#recreates}); one that a live
     * object the plan cannot create again keeps from running is refused, naming it.
     */
    private static void aroundDependents(List<Draft> drafts, Dependents.Result dependents) {
        Set<ObjectRef> told = new HashSet<>();
        for (Draft d : drafts) {
            if (d.change instanceof Change.DetachDependent || d.change instanceof Change.ReattachDependent) continue;
            ObjectRef target = d.change.target();
            if (!told.add(target)) continue;
            d.recreates.addAll(dependents.recreates().getOrDefault(target, List.of()));
            dependents.blockers().getOrDefault(target, List.of()).forEach(m -> d.hazard(Hazard.Kind.UNSUPPORTED, m));
        }
    }

    /**
     * Nothing in the transaction may need what is made after the commit: a step that does (a foreign key to a key
     * whose index is built CONCURRENTLY) runs after the commit too, after it. The order is topological, so one pass
     * in order carries this along chains.
     */
    private static void afterWhatTheyNeed(List<Draft> drafts, List<Set<Integer>> suppliers) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.phase != Phase.TRANSACTION) continue;
            boolean waits = suppliers.get(i).stream().anyMatch(j -> drafts.get(j).phase == Phase.AFTER_COMMIT);
            if (!waits) continue;
            d.phase = Phase.AFTER_COMMIT;
            d.hazard(Hazard.Kind.NOTE, "after the commit: it needs what an earlier step makes there");
        }
    }

    /**
     * PostgreSQL cannot use an enum label in the transaction that adds it ("unsafe use of new value"): when another
     * step names a new label, the labels are committed first, on their own; otherwise everything is one transaction.
     */
    private static boolean usesNewLabel(List<Draft> drafts) {
        List<String> labels = drafts.stream().filter(d -> d.change instanceof AddEnumValue)
                .map(d -> Sql.literal(((AddEnumValue) d.change).value())).toList();
        return !labels.isEmpty() && drafts.stream().filter(d -> !(d.change instanceof AddEnumValue))
                .flatMap(d -> d.statements.stream()).anyMatch(sql -> labels.stream().anyMatch(sql::contains));
    }

    private static List<ObjectRef> sorted(List<ObjectRef> refs) {
        return refs.stream().sorted(Comparator.comparing(ObjectRef::toString)).toList();
    }

    /**
     * The familiar order by kind, which the dependency graph ({@link StepOrder}) keeps wherever no dependency
     * says otherwise: a tie-break, not a rule.
     */
    static int stage(Change change) {
        return switch (change) {
            case CreateSchema c -> 0;
            case CreateExtension c -> 1;
            case CreateEnum c -> 2;
            case AddEnumValue c -> 3;
            case Change.RenameEnum c -> 2;
            case Change.RenameEnumValue c -> 2;
            case Change.RecreateEnum c -> 3;
            case CreateSequence c -> 4;
            case Change.CreateObject c -> 4;
            case Change.AlterObject c -> 4;
            case RenameTable c -> 5;
            case DropConstraint c -> c.constraint() instanceof ForeignKey ? 6 : 7;
            case DropIndex c -> 7;
            case CreateTable c -> 8;
            case RenameColumn c -> 9;
            case Change.RenameSequence c -> 9;
            case Change.RenameConstraint c -> 9;
            case Change.RenameIndex c -> 9;
            case DropColumn c -> 10;
            case AddColumn c -> 11;
            case AlterColumn c -> 12;
            case AlterSequence c -> 13;
            case AddConstraint c -> c.constraint() instanceof ForeignKey ? 16 : 14;
            case Change.DetachForeignKey c -> 6;
            case Change.ReattachForeignKey c -> 16;
            case Change.DetachDependent c -> 4;
            case Change.ReattachDependent c -> 16;
            case Change.ValidateConstraint c -> 16;
            case Change.NotNullStep c -> c.stage() == Change.NotNullStage.ADD ? 12 : c.stage() == Change.NotNullStage.DROP ? 7 : 16;
            case Change.AddKeyUsingIndex c -> 14;
            case Change.SwapIndex c -> 15;
            case Change.DropTempIndex c -> 15;
            case Change.UpdateExtension c -> 1;
            case Change.AlterTableOptions c -> 13;
            case Change.AlterIndexStorage c -> 15;
            case Change.AlterPartitioning c -> 13;
            case ReplaceConstraint c -> c.to() instanceof ForeignKey ? 16 : 14;
            case CreateIndex c -> 15;
            case ReplaceIndex c -> 15;
            case SetComment c -> 17;
            // Owners and privileges once the objects are there (made again, for those a step recreates); revokes
            // before grants, so that a privilege moving to the grant option is revoked, then granted again.
            case Change.SetOwner c -> 17;
            case Change.RevokePrivileges c -> 17;
            case Change.GrantPrivileges c -> 17;
            case Change.SetRowSecurity c -> 17;
            // Before the objects the plan creates, which get them when the plan's role is for_role.
            case Change.SetDefaultPrivileges c -> 1;
            case DropTable c -> 18;
            // Before the CreateTable changes that make it again (the graph orders them too: same names).
            case Change.RepartitionTable c -> 5;
            // A view goes first: PostgreSQL will not change or drop what it reads while it is there. A domain goes
            // after the tables whose columns use it, before the enum or sequence it is built on.
            case Change.DropObject c -> Kinds.of(c.object()).isRelation() ? 4 : 19;
            case DropSequence c -> 20;
            case DropEnum c -> 21;
            case Unsupported c -> 22;
        };
    }
}
