package io.schemasync.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * GitHub Actions' job summary: when {@code GITHUB_STEP_SUMMARY} names a file, {@code plan} and {@code apply}
 * append their plan in Markdown to it, so a workflow shows it without a redirect of its own. Not when the plan
 * is already printed as Markdown ({@code --format markdown}): the caller is then placing it, often into that very
 * file. A summary that cannot be written is a warning; it never changes the outcome.
 */
final class StepSummary {
    static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    private StepSummary() {}

    static void append(Cli cli, java.util.function.Supplier<String> rendered) {
        String file = cli.env().get(VARIABLE);
        if (file == null || file.isBlank()) return;
        try {
            String markdown = rendered.get();
            Files.writeString(Path.of(file), markdown.endsWith("\n") ? markdown + "\n" : markdown + "\n\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            cli.error("warning: cannot append the plan to " + VARIABLE + " (" + file + "): " + e.getMessage());
        }
    }
}
