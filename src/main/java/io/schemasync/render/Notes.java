package io.schemasync.render;

import io.schemasync.plan.Hazard;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What every format says about a step: its marker, its warnings, why it is refused. */
final class Notes {
    static final String NEEDS_FLAG = "--allow-destructive";

    private Notes() {}

    static String marker(Step step) {
        if (step.change() instanceof io.schemasync.diff.Change.DetachDependent
                || step.change() instanceof io.schemasync.diff.Change.ReattachDependent) return "↻";
        return switch (step.action()) {
            case CREATE -> "+";
            case ALTER -> "~";
            case DROP -> "-";
        };
    }

    static String action(Step step) {
        return step.action().name().toLowerCase(Locale.ROOT);
    }

    /**
     * Hazards that do not block the step, then preflight checks that found offending rows, then checks that were
     * deliberately not run: the reviewer must know that the live data was not looked at.
     */
    static List<String> warnings(Step step) {
        List<String> out = new ArrayList<>();
        step.hazards().stream().filter(h -> !blocking(h)).map(Hazard::message).forEach(out::add);
        step.preflights().stream().filter(Preflight::found).map(Preflight::message).forEach(out::add);
        step.preflights().stream().map(Preflight::notChecked).filter(Objects::nonNull)
                .map(reason -> "not checked: " + reason).forEach(out::add);
        return out;
    }

    /** What the step deletes, counted in the live data: "drops 1204 rows". */
    /** "↻ recreates view public.a, materialized view public.b", or empty. */
    static java.util.Optional<String> recreates(Step step) {
        if (step.recreates().isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of("↻ recreates " + String.join(", ", step.recreates()));
    }

    static List<String> data(Step step) {
        return step.preflights().stream().filter(p -> p.rows() && p.count() != null && p.count() > 0)
                .map(Preflight::message).toList();
    }

    /** Why a refused step may not run: what PostgreSQL cannot do in place, or the missing flag. */
    static String refusal(Step step) {
        List<String> unsupported = step.hazards().stream()
                .filter(h -> h.kind() == Hazard.Kind.UNSUPPORTED).map(Hazard::message).toList();
        if (!unsupported.isEmpty()) return String.join("; ", unsupported);
        if (Refusals.why(step) == Refusals.Why.FAILS_ON_DATA) return "would fail on the live database (see ⚠)";
        if (step.destructive()) return "needs " + NEEDS_FLAG;
        return "not allowed under the current options";
    }

    static boolean unsupported(Step step) {
        return step.hazards().stream().anyMatch(h -> h.kind() == Hazard.Kind.UNSUPPORTED);
    }

    private static boolean blocking(Hazard hazard) {
        return hazard.kind() == Hazard.Kind.DESTRUCTIVE || hazard.kind() == Hazard.Kind.UNSUPPORTED;
    }

    /**
     * Makes text from the database safe to print on a terminal, in a SQL comment or a Markdown cell: control and
     * format characters (newlines, ESC, C1 controls, bidirectional overrides) become visible escapes, so a hostile
     * object name can neither forge a line of the plan nor end a {@code --} comment and smuggle SQL into the script.
     */
    static String clean(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> appendVisible(out, cp));
        return out.toString();
    }

    private static void appendVisible(StringBuilder out, int cp) {
        switch (cp) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (invisible(cp)) out.append(String.format(Locale.ROOT, "\\u%04x", cp));
                else out.appendCodePoint(cp);
            }
        }
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    /** Width on a terminal, counted in code points (names are rarely wider than one column per character). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
