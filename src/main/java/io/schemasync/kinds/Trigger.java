package io.schemasync.kinds;

import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.sql.Identifiers;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A trigger of a table: what {@code pg_trigger} stores, in the server's terms. Its name within the schema is its
 * identity {@code table.trigger} (each part as PostgreSQL would print it), since trigger names are unique per table
 * only. {@code equals} compares what PostgreSQL stores and leaves out a declared rename.
 *
 * @param table          the table it belongs to
 * @param trigger        the trigger's own name
 * @param timing         before, after or instead_of
 * @param events         insert, update, delete, truncate: in that order, each once
 * @param updateOf       the columns of {@code UPDATE OF}, in the order the server keeps them; empty for none
 * @param oldTable       the name of the transition table of old rows ({@code REFERENCING OLD TABLE AS}); null for none
 * @param newTable       the same for new rows
 * @param when           the WHEN condition (as the server prints it once canonical); null for none
 * @param functionSchema the trigger function's schema (the table's own when the YAML does not say)
 * @param arguments      the string arguments passed to the function
 * @param enabled        origin (the default), always, replica or disabled
 * @param renamedFrom    desired side only: the trigger's previous name on the same table
 */
public record Trigger(String table, String trigger, String timing, List<String> events, List<String> updateOf,
                      String oldTable, String newTable, boolean forEachRow, String when, String functionSchema,
                      String function, List<String> arguments, boolean constraint, boolean deferrable,
                      boolean initiallyDeferred, String enabled, String comment, String renamedFrom)
        implements SchemaObject {
    public static final List<String> EVENTS = List.of("insert", "update", "delete", "truncate");

    public Trigger {
        Objects.requireNonNull(table, "trigger table");
        Objects.requireNonNull(trigger, "trigger name");
        Objects.requireNonNull(timing, "trigger timing");
        Objects.requireNonNull(functionSchema, "trigger function schema");
        Objects.requireNonNull(function, "trigger function");
        Objects.requireNonNull(enabled, "trigger enabled");
        events = events.stream().distinct().sorted(Comparator.comparingInt(EVENTS::indexOf)).toList();
        updateOf = List.copyOf(updateOf);
        arguments = List.copyOf(arguments);
    }

    /** The identity of a trigger within its schema: {@code users.set_updated_at}. */
    public static String identity(String table, String trigger) {
        return Identifiers.display(table) + "." + Identifiers.display(trigger);
    }

    @Override
    public String name() {
        return identity(table, trigger);
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.TRIGGER;
    }

    public Trigger withTable(String newName, List<String> newUpdateOf, String newWhen) {
        return new Trigger(newName, trigger, timing, events, newUpdateOf, oldTable, newTable, forEachRow, newWhen, functionSchema, function,
                arguments, constraint, deferrable, initiallyDeferred, enabled, comment, renamedFrom);
    }

    public Trigger withRenamedFrom(String previous) {
        return new Trigger(table, trigger, timing, events, updateOf, oldTable, newTable, forEachRow, when, functionSchema, function,
                arguments, constraint, deferrable, initiallyDeferred, enabled, comment, previous);
    }

    public Trigger withFunction(String schema, String name) {
        return new Trigger(table, trigger, timing, events, updateOf, oldTable, newTable, forEachRow, when, schema, name, arguments,
                constraint, deferrable, initiallyDeferred, enabled, comment, renamedFrom);
    }

    /** What CREATE TRIGGER says: everything but the name, whether it is enabled, and its comment. */
    List<Object> definition() {
        return java.util.Arrays.asList(table, timing, events, updateOf, oldTable, newTable, forEachRow, when, functionSchema, function,
                arguments, constraint, deferrable, initiallyDeferred);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trigger t && trigger.equals(t.trigger) && definition().equals(t.definition())
                && enabled.equals(t.enabled) && Objects.equals(comment, t.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trigger, definition(), enabled, comment);
    }
}
