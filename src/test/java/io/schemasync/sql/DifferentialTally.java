package io.schemasync.sql;

import io.schemasync.sql.FragmentGenerator.Fragment;
import io.schemasync.sql.FragmentGenerator.Kind;
import io.schemasync.sql.ServerReading.Reading;
import io.schemasync.sql.ServerReading.Result;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the lexer's verdicts against the server's and collects the disagreements that must not happen:
 * <ul>
 *   <li>the lexer accepts what the server reads as several statements, as escaping its parentheses, or with a
 *       scanner error (SYNTAX: the server's own scanner does not see one balanced construct);</li>
 *   <li>a fragment that is valid by construction is refused, or is accepted and not read as ONE;</li>
 *   <li>a conservative fragment (valid, with a comment or a non-ASCII dollar tag) is accepted, or is not ONE.</li>
 * </ul>
 * A hostile fragment that the lexer accepts may be ONE_INVALID or GRAMMAR: an insertion can make an expression
 * invalid (a stray {@code e} turns {@code '..'} into an escape string next to another string) without moving its
 * end; the server's scanner then still reads one balanced construct without ';'. Those are counted and shown.
 */
final class DifferentialTally {
    /** One fragment: the text the server was given (what requireExpression returned, if accepted). */
    record Case(Fragment fragment, boolean accepted, String sent, Result server) {}

    private static final Set<Reading> NEVER_ACCEPTED = EnumSet.of(Reading.MULTI, Reading.ESCAPES, Reading.SYNTAX);

    private final Map<Kind, Map<Reading, Integer>> accepted = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<Reading, Integer>> refused = new EnumMap<>(Kind.class);
    private final Map<String, Integer> acceptedByGroup = new TreeMap<>();
    private final List<Case> problems = new ArrayList<>();
    private final List<Case> tolerated = new ArrayList<>();
    private int total;

    void add(Case c) {
        total++;
        Kind kind = c.fragment().kind();
        (c.accepted() ? accepted : refused).computeIfAbsent(kind, k -> new EnumMap<>(Reading.class))
                .merge(c.server().reading(), 1, Integer::sum);
        if (c.accepted()) c.fragment().groups().forEach(g -> acceptedByGroup.merge(g, 1, Integer::sum));
        if (isProblem(c)) problems.add(c);
        else if (c.accepted() && c.server().reading() != Reading.ONE) tolerated.add(c);
    }

    private static boolean isProblem(Case c) {
        Reading r = c.server().reading();
        return switch (c.fragment().kind()) {
            case VALID -> !c.accepted() || r != Reading.ONE;
            case CONSERVATIVE -> c.accepted() || r != Reading.ONE;
            case HOSTILE -> c.accepted() && NEVER_ACCEPTED.contains(r);
        };
    }

    int total() {
        return total;
    }

    List<Case> problems() {
        return List.copyOf(problems);
    }

    int accepted(Reading... readings) {
        return count(accepted, readings);
    }

    int refused(Reading... readings) {
        return count(refused, readings);
    }

    Map<String, Integer> acceptedByGroup() {
        return new TreeMap<>(acceptedByGroup);
    }

    private static int count(Map<Kind, Map<Reading, Integer>> table, Reading... readings) {
        Set<Reading> wanted = readings.length == 0 ? EnumSet.allOf(Reading.class) : EnumSet.of(readings[0], readings);
        return table.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> wanted.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d fragments; lexer accepts %d (server ONE %d), refuses %d: server ONE %d"
                        + " (conservative refusals), ONE_INVALID %d, GRAMMAR %d, MULTI %d, ESCAPES %d, SYNTAX %d%n",
                total, accepted(), accepted(Reading.ONE), refused(), refused(Reading.ONE),
                refused(Reading.ONE_INVALID), refused(Reading.GRAMMAR), refused(Reading.MULTI),
                refused(Reading.ESCAPES), refused(Reading.SYNTAX)));
        sb.append(String.format("%-24s %s%n", "lexer / kind", String.join(" ", names())));
        for (Kind kind : Kind.values()) {
            row(sb, "accepts " + kind, accepted.get(kind));
            row(sb, "refuses " + kind, refused.get(kind));
        }
        sb.append("accepted fragments holding each construct or insertion: ").append(acceptedByGroup).append('\n');
        sb.append("hostile fragments accepted, read as one invalid expression (").append(tolerated.size())
                .append("):\n");
        tolerated.stream().limit(12).forEach(c -> sb.append("  ").append(line(c)).append('\n'));
        return sb.toString();
    }

    private static List<String> names() {
        return EnumSet.allOf(Reading.class).stream().map(r -> String.format("%11s", r)).toList();
    }

    private static void row(StringBuilder sb, String label, Map<Reading, Integer> counts) {
        sb.append(String.format("%-24s", label));
        for (Reading r : Reading.values()) sb.append(String.format(" %11d", counts == null ? 0 : counts.getOrDefault(r, 0)));
        sb.append('\n');
    }

    static String line(Case c) {
        return c.fragment().kind() + (c.accepted() ? " accepted " : " refused ") + escaped(c.sent()) + " -> "
                + c.server().describe();
    }

    /** As a Java string literal, so that a failing text can be pasted into a unit test. */
    static String escaped(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 || c == 0x7f || c != ' ' && Character.isSpaceChar(c)
                        || Character.isWhitespace(c) && c != ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
