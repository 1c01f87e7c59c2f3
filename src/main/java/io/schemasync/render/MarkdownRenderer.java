package io.schemasync.render;

import io.schemasync.model.ObjectRef;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the summary as a heading, a table of the
 * changes and unmanaged objects (in-sync objects are only counted, to keep the comment short), refused steps
 * called out, and the SQL apply runs in a collapsible block.
 */
public final class MarkdownRenderer {
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
    /** ASCII punctuation that means something inline in GitHub Markdown; a backslash makes each one literal. */
    private static final String SPECIAL = "\\`*_~<>[]|&!";

    private MarkdownRenderer() {}

    /** @param target the connection with its password already redacted */
    public static String render(Plan plan, String target) {
        StringBuilder out = new StringBuilder()
                .append("### ").append(escape(Summary.of(plan).line())).append("\n\n")
                .append("schemasync plan for ").append(escape(target)).append('\n');
        if (!plan.steps().isEmpty() || !plan.unmanaged().isEmpty()) table(out, plan);
        refusals(out, plan);
        if (!plan.isEmpty()) sql(out, plan);
        return out.toString();
    }

    private static void table(StringBuilder out, Plan plan) {
        out.append("\n| | object | change | notes |\n|---|---|---|---|\n");
        plan.steps().forEach(step -> out.append(row(step)));
        plan.unmanaged().forEach(ref -> out.append(row("?", ref, "unmanaged", "left alone")));
    }

    private static String row(Step step) {
        return row(step.refused() ? "✗" : Notes.marker(step), step.change().target(), step.summary(), notes(step));
    }

    private static String row(String marker, ObjectRef ref, String change, String notes) {
        return "| " + marker + " | " + escape(ref.toString()) + " | " + escape(change) + " | " + notes + " |\n";
    }

    private static String notes(Step step) {
        StringBuilder notes = new StringBuilder();
        if (step.refused()) notes.append("**refused**: ").append(escape(Notes.refusal(step)));
        Notes.recreates(step).ifPresent(r -> append(notes, escape(r)));
        if (step.phase() == Phase.AFTER_COMMIT) append(notes, "after commit");
        if (step.phase() == Phase.BEFORE_TRANSACTION) append(notes, "committed first");
        Notes.data(step).forEach(data -> append(notes, escape(data)));
        List<String> warnings = Notes.warnings(step);
        if (!warnings.isEmpty()) append(notes, "warning: " + escape(String.join("; ", warnings)));
        return notes.toString();
    }

    private static void append(StringBuilder notes, String text) {
        notes.append(notes.isEmpty() ? "" : "; ").append(text);
    }

    private static void refusals(StringBuilder out, Plan plan) {
        List<Step> refused = plan.steps().stream().filter(Step::refused).toList();
        if (refused.isEmpty()) return;
        out.append("\n**").append(Notes.plural(refused.size(), "step is", "steps are"))
                .append(" refused and will not be applied:**\n\n");
        for (Step step : refused) {
            out.append("- ").append(Notes.action(step)).append(' ').append(escape(step.change().target().toString()))
                    .append(": ").append(escape(Notes.refusal(step))).append('\n');
        }
    }

    private static void sql(StringBuilder out, Plan plan) {
        String body = SqlRenderer.body(plan, Step::statements).strip();
        String fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
        out.append("\n<details><summary>SQL</summary>\n\n")
                .append(fence).append("sql\n").append(body).append('\n').append(fence).append("\n\n</details>\n");
    }

    /** A fence longer than any run of backticks in the SQL, so a hostile name cannot close the code block. */
    private static int longestBacktickRun(String text) {
        Matcher run = BACKTICK_RUN.matcher(text);
        int longest = 0;
        while (run.find()) longest = Math.max(longest, run.end() - run.start());
        return longest;
    }

    /** Text for a table cell or heading: visible control characters, and Markdown punctuation made literal. */
    public static String escape(String text) {
        String clean = Notes.clean(text);
        StringBuilder out = new StringBuilder(clean.length());
        for (char c : clean.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
