package io.schemasync.render;

import io.schemasync.model.ObjectRef;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * The dry-run plan people read: one line per change (and per unmanaged object), aligned, with a marker and colour
 * per action, then a summary that also counts the objects in sync.
 * With {@code color} false the output holds no escape codes at all.
 */
public final class TextRenderer {
    private static final int MIN_LABEL_WIDTH = 40;
    private static final String GAP = "   ";

    private TextRenderer() {}

    /**
     * How the plan is shown.
     *
     * @param verbose also list the objects that are in sync (by default they are only counted in the summary)
     * @param unicode false where the output's charset cannot print ✓ ⚠ ✗ →: then they are ASCII ({@link #ascii})
     */
    public record Look(boolean color, boolean verbose, boolean unicode) {}

    /** Changes only, Unicode symbols. @param target the connection with its password already redacted */
    public static String render(Plan plan, String target, boolean color) {
        return render(plan, target, new Look(color, false, true));
    }

    public static String render(Plan plan, String target, Look look) {
        List<Row> rows = rows(plan, look.verbose());
        int width = Math.max(MIN_LABEL_WIDTH, rows.stream().mapToInt(r -> Notes.width(r.label)).max().orElse(0));
        StringBuilder out = new StringBuilder("schemasync plan  ").append(Notes.clean(target)).append('\n');
        rows.forEach(row -> out.append(row.format(width, look.color())).append('\n'));
        out.append(Ansi.BOLD.paint(Summary.of(plan).line(), look.color())).append('\n');
        return look.unicode() ? out.toString() : ascii(out.toString());
    }

    /**
     * The plan's symbols in ASCII, for a terminal whose charset has no ✓ (it would print "?", which marks
     * unmanaged objects): ✓ =, ⚠ !, ✗ x, → ->, · -, ↻ @.
     */
    public static String ascii(String text) {
        return text.replace("✓", "=").replace("⚠", "!").replace("✗", "x").replace("→", "->").replace("·", "-")
                .replace("↻", "@");
    }

    /** A step in one line, "index public.t.t_a_idx create (a)", safe to print (see {@link Notes#clean}). */
    public static String describe(Step step) {
        return Notes.clean(step.change().target() + " " + step.summary());
    }

    private record Part(String text, Ansi style) {}

    private record Row(String marker, Ansi style, String label, List<Part> parts) {
        String format(int width, boolean color) {
            StringBuilder line = new StringBuilder("  ")
                    .append(style.paint(marker + " " + label, color))
                    .append(" ".repeat(width - Notes.width(label) + 1));
            String gap = "";
            for (Part part : parts) {
                line.append(gap).append(part.style.paint(part.text, color));
                gap = GAP;
            }
            return line.toString();
        }
    }

    private static List<Row> rows(Plan plan, boolean verbose) {
        List<Row> rows = new ArrayList<>();
        if (verbose) plan.inSync().forEach(ref -> rows.add(quiet("✓", ref, "in sync")));
        plan.steps().forEach(step -> rows.add(row(step)));
        plan.unmanaged().forEach(ref -> rows.add(quiet("?", ref, "unmanaged (left alone)")));
        return rows;
    }

    private static Row quiet(String marker, ObjectRef ref, String text) {
        return new Row(marker, Ansi.DIM, Notes.clean(ref.toString()), List.of(new Part(text, Ansi.DIM)));
    }

    private static Row row(Step step) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(Notes.clean(step.summary()), Ansi.PLAIN));
        Notes.recreates(step).ifPresent(r -> parts.add(new Part(Notes.clean(r), Ansi.PLAIN)));
        if (step.phase() == Phase.AFTER_COMMIT) parts.add(new Part("(after commit)", Ansi.PLAIN));
        if (step.phase() == Phase.BEFORE_TRANSACTION) parts.add(new Part("(committed first)", Ansi.PLAIN));
        Notes.data(step).forEach(data -> parts.add(new Part(Notes.clean(data), Ansi.PLAIN)));
        List<String> warnings = Notes.warnings(step);
        if (!warnings.isEmpty()) parts.add(new Part("⚠ " + Notes.clean(String.join("; ", warnings)), Ansi.YELLOW));
        if (step.refused()) parts.add(new Part("✗ " + refusal(step), Ansi.RED));
        return new Row(Notes.marker(step), style(step), Notes.clean(step.change().target().toString()), parts);
    }

    private static String refusal(Step step) {
        boolean failsOnData = step.preflights().stream().anyMatch(io.schemasync.plan.Preflight::failed);
        if (!Notes.unsupported(step) && !failsOnData && step.destructive()) return "refused without " + Notes.NEEDS_FLAG;
        return Notes.clean(Notes.refusal(step));
    }

    private static Ansi style(Step step) {
        return switch (step.action()) {
            case CREATE -> Ansi.GREEN;
            case ALTER -> Ansi.YELLOW;
            case DROP -> Ansi.RED;
        };
    }
}
