package io.schemasync.kinds;

import io.schemasync.sql.Identifiers;
import io.schemasync.sql.SqlText;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one trigger's YAML map; every problem is reported where it is, and a trigger with one is not built. */
final class TriggerYaml {
    private static final Set<String> TIMINGS = Set.of("before", "after", "instead_of");
    private static final Map<String, String> ENABLED = Map.of("origin", "origin", "always", "always",
            "replica", "replica", "disabled", "disabled", "true", "origin", "false", "disabled");

    private final YamlIn in;
    private boolean failed;

    TriggerYaml(YamlIn in) {
        this.in = in;
    }

    private void error(String key, String message) {
        failed = true;
        in.error(key, message);
    }

    Optional<Trigger> read(String schema, String table, String name) {
        String where = in.where();
        String timing = timing(where);
        List<String> events = events(where);
        List<String> updateOf = in.texts("update_of").orElse(List.of());
        names("update_of", updateOf, where);
        if (!updateOf.isEmpty() && !events.contains("update")) {
            error("update_of", "update_of of " + where + " needs update among its events (events: [update])");
        }
        String oldTable = transitionTable("old_table", where, events, "update or delete");
        String newTable = transitionTable("new_table", where, events, "insert or update");
        String forEach = in.text("for_each").map(s -> s.strip().toLowerCase()).orElse("statement");
        if (!forEach.equals("row") && !forEach.equals("statement")) {
            error("for_each", "for_each of " + where + " must be row or statement, not \"" + forEach + "\"");
        }
        boolean row = forEach.equals("row");
        if (row && events.contains("truncate")) {
            error("events", where + " fires on truncate, which only statement triggers can (for_each: statement),"
                    + " or leave truncate out");
        }
        String when = when(where);
        List<String> function = function(where);
        List<String> arguments = in.texts("arguments").orElse(List.of());
        for (String a : arguments) {
            if (a.indexOf('\0') >= 0) error("arguments", "an argument of " + where + " holds a NUL character");
        }
        boolean constraint = in.bool("constraint").orElse(false);
        boolean deferrable = in.bool("deferrable").orElse(false);
        boolean initiallyDeferred = in.bool("initially_deferred").orElse(false);
        constraintRules(where, timing, row, constraint, deferrable, initiallyDeferred);
        String enabled = enabled(where);
        String renamedFrom = in.text("renamed_from").map(String::strip).orElse(null);
        if (renamedFrom != null) names("renamed_from", List.of(renamedFrom), where);
        String functionSchema = function.size() == 2 ? function.get(0) : schema;
        if (constraint && (oldTable != null || newTable != null)) {
            error(oldTable != null ? "old_table" : "new_table", where + " is a constraint trigger, which cannot have"
                    + " transition tables");
        }
        if ((oldTable != null || newTable != null) && !"after".equals(timing)) {
            error(oldTable != null ? "old_table" : "new_table", where + " has a transition table, which only after"
                    + " triggers can have");
        }
        if (in.onView()) viewRules(where, timing, row, events, updateOf, when, constraint, oldTable, newTable, enabled);
        if (failed || timing == null || function.isEmpty() || enabled == null) return Optional.empty();
        return Optional.of(new Trigger(table, name, timing, events, updateOf, oldTable, newTable, row, when, functionSchema,
                function.get(function.size() - 1), arguments, constraint, deferrable, initiallyDeferred, enabled,
                in.text("comment").filter(c -> !c.isEmpty()).orElse(null), renamedFrom));
    }

    /** {@code REFERENCING OLD TABLE AS name}: a name, for events that have such rows. */
    private String transitionTable(String key, String where, List<String> events, String needs) {
        Optional<String> written = in.text(key).map(String::strip).filter(s -> !s.isEmpty());
        if (written.isEmpty()) return null;
        names(key, List.of(written.get()), where);
        boolean fits = key.equals("old_table") ? events.contains("update") || events.contains("delete")
                : events.contains("insert") || events.contains("update");
        if (!fits) error(key, key + " of " + where + " needs " + needs + " among its events");
        return written.get();
    }

    private String timing(String where) {
        Optional<String> written = in.text("timing").map(s -> s.strip().toLowerCase());
        if (written.isEmpty()) {
            error(null, where + " needs a timing (timing: before, or after)");
            return null;
        }
        if (written.get().equals("instead of")) written = Optional.of("instead_of");
        if (!TIMINGS.contains(written.get())) {
            error("timing", "timing of " + where + " must be before or after, not \"" + written.get() + "\"");
            return null;
        }
        if (written.get().equals("instead_of") && !in.onView()) {
            error("timing", where + " is instead_of, which only views' triggers can be; a table's trigger is before"
                    + " or after");
            return null;
        }
        return written.get();
    }

    private List<String> events(String where) {
        List<String> written = in.texts("events").orElse(List.of());
        if (written.isEmpty()) {
            error(written.isEmpty() && in.texts("events").isEmpty() ? null : "events", where
                    + " needs events, a list of insert, update, delete, truncate (events: [insert, update])");
            return List.of();
        }
        List<String> out = written.stream().map(e -> e.strip().toLowerCase()).toList();
        for (String e : out) {
            if (!Trigger.EVENTS.contains(e)) {
                error("events", "events of " + where + " must be insert, update, delete or truncate, not \"" + e + "\"");
            }
        }
        if (out.stream().distinct().count() != out.size()) error("events", "events of " + where + " name an event twice");
        return out.stream().filter(Trigger.EVENTS::contains).toList();
    }

    private void names(String key, List<String> names, String where) {
        for (String n : names) {
            String problem = Identifiers.lengthProblem(n);
            if (problem != null) error(key, key + " of " + where + ": \"" + n + "\" " + problem);
        }
        if (names.stream().distinct().count() != names.size()) error(key, key + " of " + where + " names a column twice");
    }

    private String when(String where) {
        Optional<String> written = in.text("when");
        if (written.isEmpty() || SqlText.trim(written.get()).isEmpty()) return null;
        try {
            return SqlText.requireExpression(written.get());
        } catch (IllegalArgumentException e) {
            error("when", "the condition (when) of " + where + ": " + e.getMessage());
            return null;
        }
    }

    private List<String> function(String where) {
        Optional<String> written = in.text("function");
        if (written.isEmpty()) {
            error(null, where + " needs a function, the trigger function it executes (function: set_updated_at)");
            return List.of();
        }
        List<String> name = Triggers.qualifiedName(written.get());
        if (name.isEmpty()) {
            error("function", "function of " + where + " must name a function, like set_updated_at or"
                    + " app.set_updated_at (arguments go under arguments:), not \"" + written.get() + "\"");
            return List.of();
        }
        for (String part : name) {
            String problem = Identifiers.lengthProblem(part);
            if (problem != null) error("function", "function of " + where + ": \"" + part + "\" " + problem);
        }
        return name;
    }

    /** PostgreSQL: a constraint trigger is AFTER ... FOR EACH ROW; deferral is for constraint triggers only. */
    private void constraintRules(String where, String timing, boolean row, boolean constraint, boolean deferrable,
                                 boolean initiallyDeferred) {
        if (constraint && (!"after".equals(timing) || !row)) {
            error("constraint", where + " is a constraint trigger, which must be timing: after and for_each: row");
        }
        if (!constraint && (deferrable || initiallyDeferred)) {
            error(deferrable ? "deferrable" : "initially_deferred", where + " is deferrable, which only constraint"
                    + " triggers can be (constraint: true)");
        }
        if (initiallyDeferred && !deferrable) {
            error("initially_deferred", where + " is initially_deferred, which needs deferrable: true");
        }
    }

    /**
     * PostgreSQL's rules for a view's triggers: INSTEAD OF for each row (no condition, no column list), or BEFORE or
     * AFTER for each statement; no TRUNCATE, no transition tables, no constraint triggers; and ALTER TABLE cannot
     * enable or disable them (views have no such form).
     */
    private void viewRules(String where, String timing, boolean row, List<String> events, List<String> updateOf,
                           String when, boolean constraint, String oldTable, String newTable, String enabled) {
        if ("instead_of".equals(timing) && !row) {
            error("for_each", where + " is instead_of, which PostgreSQL has for each row only (for_each: row)");
        }
        if (!"instead_of".equals(timing) && timing != null && row) {
            error("for_each", where + " is on a view: a view's row triggers are instead_of (timing: instead_of),"
                    + " and before and after are for_each: statement");
        }
        if (events.contains("truncate")) error("events", where + " is on a view, which has no truncate event");
        if ("instead_of".equals(timing) && when != null) {
            error("when", where + " is instead_of, which cannot have a condition (when): test it in the function");
        }
        if ("instead_of".equals(timing) && !updateOf.isEmpty()) {
            error("update_of", where + " is instead_of, which cannot have update_of: test the columns in the"
                    + " function");
        }
        if (constraint) error("constraint", where + " is on a view, which cannot have constraint triggers");
        if (oldTable != null || newTable != null) {
            error(oldTable != null ? "old_table" : "new_table", where + " is on a view, whose triggers cannot have"
                    + " transition tables");
        }
        if (enabled != null && !enabled.equals("origin")) {
            error("enabled", where + " is on a view, whose triggers PostgreSQL cannot disable or enable (leave"
                    + " enabled out)");
        }
    }

    private String enabled(String where) {
        Optional<String> written = in.text("enabled").map(s -> s.strip().toLowerCase());
        if (written.isEmpty()) return "origin";
        String code = ENABLED.get(written.get());
        if (code == null) {
            error("enabled", "enabled of " + where + " must be origin, always, replica or disabled, not \""
                    + written.get() + "\"");
        }
        return code;
    }
}
