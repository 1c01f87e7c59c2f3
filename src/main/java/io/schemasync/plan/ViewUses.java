package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.SchemaObject;
import io.schemasync.sql.Guard;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.schemasync.sql.Sql.literal;

/**
 * PostgreSQL refuses to drop a table, a column or a view while views (or rules) of the live database read it
 * (2BP01, "other objects depend on it"). A preflight counts them, so that the plan refuses the step and says why,
 * instead of apply failing. Views that the plan itself drops, or changes so that their new query no longer names
 * what is removed, are gone or changed by then (the graph orders those steps first) and are not counted; any
 * other view is, also one the YAML does not manage, or one in another schema.
 */
final class ViewUses {
    /** A view of the plan: dropped, or changed into {@code to}. */
    private record Handled(String schema, String name, SchemaObject to) {}

    private final List<Handled> handled;

    private ViewUses(List<Handled> handled) {
        this.handled = handled;
    }

    /** @param named views the plan already names as keeping a step from running ({@link Dependents}) */
    static ViewUses of(List<Change> changes, Set<io.schemasync.model.ObjectRef> named) {
        List<Handled> out = new ArrayList<>();
        named.forEach(v -> out.add(new Handled(v.schema(), v.name(), null)));
        for (Change c : changes) {
            if (c instanceof Change.DropObject d && Kinds.of(d.object()).isRelation()) {
                out.add(new Handled(d.schema(), d.object().name(), null));
            } else if (c instanceof Change.DetachDependent d && Kinds.of(d.object()).isRelation()) {
                // Dropped before the change, created again after it (Dependents).
                out.add(new Handled(d.schema(), d.object().name(), null));
            } else if (c instanceof Change.AlterObject a && Kinds.of(a.to()).isRelation()) {
                out.add(new Handled(a.schema(), a.to().name(), a.to()));
            }
        }
        return new ViewUses(List.copyOf(out));
    }

    /**
     * Refuses the step while views read {@code schema.relation} ({@code column} of it when not null).
     *
     * @param what how the message names it: "column note of table public.parcel"
     * @param why  what fails and the remedy, after "PostgreSQL cannot ..."
     */
    void check(Draft d, String schema, String relation, String column, String what, String why) {
        d.check(count(schema, relation, column, notHandled(column == null ? relation : column, true)),
                "{n} views or rules use " + what + "; PostgreSQL cannot " + why);
    }

    /**
     * Refuses a type change of {@code column} while views read it. Only the views the plan drops are not counted
     * (they go first, see {@link Planner#stage}): a view that is changed may be created again before the type
     * changes, and then reads the column again.
     */
    void checkType(Draft d, String schema, String table, String column, String what, String why) {
        d.check(count(schema, table, column, notHandled(column, false)),
                "{n} views or rules use " + what + "; PostgreSQL cannot " + why);
    }

    private static String count(String schema, String relation, String column, String notHandled) {
        String rel = Guard.relation(schema, relation);
        return "SELECT count(DISTINCT r.ev_class) FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_rewrite r"
                + " ON r.oid = dep.objid AND dep.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass"
                + " WHERE dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.refobjid = " + rel
                + (column == null ? "" : " AND dep.refobjsubid = (SELECT attnum FROM pg_catalog.pg_attribute"
                        + " WHERE attrelid = " + rel + " AND attname = " + literal(column) + ")")
                + " AND r.ev_class <> dep.refobjid" + notHandled;
    }

    /**
     * The views the plan drops, and when {@code changed}, those it changes into a query without the word: their
     * old form is gone first.
     */
    private String notHandled(String word, boolean changed) {
        List<String> gone = handled.stream().filter(h -> h.to() == null || changed && !names(h.to(), word))
                .map(h -> "(" + literal(h.schema()) + ", " + literal(h.name()) + ")").toList();
        if (gone.isEmpty()) return "";
        return " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.oid = r.ev_class AND (n.nspname::text, c.relname::text) IN ("
                + String.join(", ", gone) + "))";
    }

    private static boolean names(SchemaObject view, String word) {
        Set<String> words = Kinds.of(view).columnsReadAny("", view).stream().map(ref -> ref.name())
                .collect(Collectors.toSet());
        words.addAll(Kinds.of(view).dependsOnAny("", view).stream().map(ref -> ref.name()).toList());
        return words.contains(word);
    }
}
