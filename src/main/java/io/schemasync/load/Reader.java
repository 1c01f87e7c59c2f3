package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.Kind;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Node.Scalar;
import io.schemasync.sql.Identifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed, strict access to the YAML tree; every problem becomes a {@link Diagnostic} and reading goes on. */
class Reader {
    final List<Diagnostic> diagnostics;
    /** The files of SQL the YAML's {@code file:} keys read ({@link SqlFiles}), in the order read. */
    final Set<java.nio.file.Path> sqlFiles = new java.util.LinkedHashSet<>();

    Reader(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    void error(Node.Loc loc, String message) {
        diagnostics.add(loc.diagnostic(message));
    }

    /** The node as a map; null (an empty value) reads as an empty map. Null when it is something else. */
    MapNode map(Node node, String what) {
        if (node instanceof MapNode m) return m;
        if (node instanceof Scalar s && s.kind() == Kind.NULL) return new MapNode(s.loc(), new LinkedHashMap<>());
        error(node.loc(), what + " must be a map (key: value), not " + Node.describe(node));
        return null;
    }

    /** Reports every key that is not allowed here, with the closest allowed key as a suggestion. */
    void allowKeys(MapNode map, String where, Set<String> allowed) {
        for (Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                String hint = didYouMean(e.key(), allowed);
                error(e.keyLoc(), "unknown key \"" + e.key() + "\" in " + where + (hint.isEmpty()
                        ? " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")" : hint));
            }
        }
    }

    static Optional<Node> get(MapNode map, String key) {
        Entry e = map.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** A scalar as text (numbers and booleans as written); null for a YAML null or a wrong kind (reported). */
    String string(Node node, String what) {
        if (node instanceof Scalar s) return s.kind() == Kind.NULL ? null : s.text();
        error(node.loc(), what + " must be a single value, not " + Node.describe(node));
        return null;
    }

    /** Text where an empty value means "none" (comments). */
    String optionalText(MapNode map, String key, String where) {
        return get(map, key).map(n -> string(n, key + " of " + where)).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** A name or SQL text that must be present and not empty when the key is there. */
    String requiredText(MapNode map, String key, String where) {
        Node node = get(map, key).orElse(null);
        if (node == null) return null;
        String s = string(node, key + " of " + where);
        if (s == null || s.isBlank()) {
            if (s != null || node instanceof Scalar) error(node.loc(), key + " of " + where + " must not be empty");
            return null;
        }
        return s;
    }

    Boolean bool(MapNode map, String key, String where) {
        Node node = get(map, key).orElse(null);
        if (node == null) return null;
        if (node instanceof Scalar s && s.kind() == Kind.BOOL) return Boolean.parseBoolean(s.text().toLowerCase())
                || Set.of("yes", "y", "on").contains(s.text().toLowerCase());
        error(node.loc(), key + " of " + where + " must be true or false, not " + Node.describe(node));
        return null;
    }

    Long integer(MapNode map, String key, String where) {
        Node node = get(map, key).orElse(null);
        if (node == null) return null;
        if (node instanceof Scalar s && (s.kind() == Kind.INT || s.kind() == Kind.STRING)
                && s.text().strip().matches("[+-]?\\d{1,19}")) {
            try {
                return Long.parseLong(s.text().strip());
            } catch (NumberFormatException e) {
                // out of range of bigint: reported below
            }
        }
        error(node.loc(), key + " of " + where + " must be a whole number within the bigint range, not "
                + Node.describe(node));
        return null;
    }

    /** A list of non-empty scalars (a single scalar is an error: the brackets say "these columns"). */
    List<String> strings(Node node, String what) {
        if (!(node instanceof ListNode list)) {
            error(node.loc(), what + " must be a list like [a, b], not " + Node.describe(node));
            return null;
        }
        var out = new ArrayList<String>();
        for (Node item : list.items()) {
            String s = string(item, "each item of " + what);
            if (s != null && s.isBlank()) error(item.loc(), "an item of " + what + " is empty");
            else if (s != null) out.add(s);
            else if (item instanceof Scalar) error(item.loc(), "an item of " + what + " is null");
        }
        return out;
    }

    /** One of a closed set of words; the map's keys are the accepted spellings. */
    <E> E choice(MapNode map, String key, String where, Map<String, E> allowed, List<String> shown) {
        Node node = get(map, key).orElse(null);
        if (node == null) return null;
        String s = string(node, key + " of " + where);
        if (s == null) return null;
        E value = allowed.get(s.strip().toLowerCase());
        if (value == null) {
            error(node.loc(), key + " of " + where + " must be one of " + String.join(", ", shown) + ", not \""
                    + s + "\"" + didYouMean(s.strip().toLowerCase(), shown));
        }
        return value;
    }

    /** " (did you mean "x"?)" for the closest candidate within an edit distance of 2, else "". */
    static String didYouMean(String word, java.util.Collection<String> candidates) {
        return candidates.stream()
                .filter(c -> !c.equals(word) && levenshtein(word, c) <= Math.min(2, word.length() - 1))
                .min(Comparator.comparingInt((String c) -> levenshtein(word, c)).thenComparing(c -> c))
                .map(c -> " (did you mean \"" + c + "\"?)")
                .orElse("");
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Checks a name the YAML gives an object (or names one by): PostgreSQL keeps at most 63 bytes of a name and
     * cuts a longer one short without an error (a NOTICE at most), so the object would be created under another
     * name, never match the YAML again, and a name that differs only after byte 63 would silently mean an object
     * that is already there. Reported at {@code loc}; false when the name cannot be used.
     */
    boolean name(Node.Loc loc, String name, String what) {
        String problem = Identifiers.lengthProblem(name);
        if (problem == null) return true;
        error(loc, "name " + quoted(name) + " (" + what + ") " + problem);
        return false;
    }

    static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
