package io.schemasync.kinds;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One object's YAML map, as the loader hands it to a kind: typed, strict access where every problem is reported
 * at the file, line and column it comes from, and reading goes on.
 */
public interface YamlIn {
    /** How messages name the object: {@code domain "app.email"}. */
    String where();

    /** The table whose YAML holds the object, for kinds that {@link ObjectKind#belongsToTable}; else null. */
    default String table() {
        return null;
    }

    /** True when {@link #table} is a view's name: the object is under {@code views: {v: {...}}}. */
    default boolean onView() {
        return false;
    }

    /** Reports every key not in {@code allowed}, with the closest allowed key as a suggestion. */
    void allowKeys(Set<String> allowed);

    /** A single value as text; empty when absent or null; a list or map there is reported. */
    Optional<String> text(String key);

    /** true or false; anything else is reported. */
    Optional<Boolean> bool(String key);

    /** A list of non-empty single values ({@code columns: [a, b]}); empty when absent. */
    Optional<java.util.List<String>> texts(String key);

    /**
     * The text of the file that {@code key} names, a path relative to the YAML file that may not leave its
     * directory ({@code file: views/active_users.sql}); empty when absent or unreadable (reported).
     */
    Optional<String> file(String key);

    /** A map of names to single values ({@code checks: {positive: VALUE > 0}}), in the order written. */
    default Map<String, String> textMap(String key) {
        return textMap(key, false);
    }

    /** The same; with {@code allowEmpty}, an empty string is a value ({@code set: {search_path: ""}}). */
    Map<String, String> textMap(String key, boolean allowEmpty);

    /** True when the object's map has {@code key} (with any value, null included). */
    boolean has(String key);

    /**
     * A map of names to entries written either as one value ({@code street: text}, read as {@code shortKey: text})
     * or as a map of single values ({@code street: {type: text, renamed_from: road}}), in the order written.
     * Anything else is reported; the keys of an entry's map are the caller's to check.
     */
    Map<String, Map<String, String>> entryMap(String key, String shortKey);

    /**
     * The indexes under {@code key}, read exactly as a table's {@code indexes:} are (same keys, same checks); a bare
     * or quoted name in {@code columns:} is a column of the relation, anything else an expression. Empty when absent.
     */
    java.util.List<io.schemasync.model.Index> indexes(String key);

    /**
     * {@code renamed_from}: the name the object had before, checked as a name (not empty, within PostgreSQL's
     * length); empty when absent, or when it is no name (then reported as a problem of the key).
     */
    default Optional<String> renamedFrom() {
        Optional<String> renamedFrom = text("renamed_from").map(String::strip);
        if (renamedFrom.isEmpty()) return renamedFrom;
        String problem = renamedFrom.get().isEmpty() ? "is empty"
                : io.schemasync.sql.Identifiers.lengthProblem(renamedFrom.get());
        if (problem == null) return renamedFrom;
        error("renamed_from", "renamed_from of " + where() + " " + problem);
        return Optional.empty();
    }

    /** A problem with the value of {@code key} (or of the whole object when key is null). */
    void error(String key, String message);

    /** A problem with one entry of a map under {@code key}. */
    void error(String key, String entry, String message);
}
