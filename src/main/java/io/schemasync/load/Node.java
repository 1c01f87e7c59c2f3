package io.schemasync.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/** The YAML tree with the source location of every key and value (Jackson's JsonNode keeps none). */
sealed interface Node {
    Loc loc();

    /** A place in a schema file. */
    record Loc(Path file, int line, int column) {
        Diagnostic diagnostic(String message) {
            return new Diagnostic(file, line, column, message);
        }
    }

    /** A mapping in document order; keys are unique (duplicates are reported while parsing). */
    record MapNode(Loc loc, LinkedHashMap<String, Entry> entries) implements Node {}

    record Entry(String key, Loc keyLoc, Node value) {}

    record ListNode(Loc loc, List<Node> items) implements Node {}

    enum Kind { STRING, INT, FLOAT, BOOL, NULL }

    /** A scalar as written (Jackson keeps the source text of numbers and booleans: "007", "yes"). */
    record Scalar(Loc loc, String text, Kind kind) implements Node {}

    static String describe(Node node) {
        return switch (node) {
            case MapNode m -> "a map";
            case ListNode l -> "a list";
            case Scalar s -> switch (s.kind()) {
                case NULL -> "nothing (null)";
                case BOOL -> "a boolean (" + s.text() + ")";
                case INT, FLOAT -> "a number (" + s.text() + ")";
                case STRING -> "a string (\"" + s.text() + "\")";
            };
        };
    }
}
