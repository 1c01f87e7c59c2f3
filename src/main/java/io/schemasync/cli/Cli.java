package io.schemasync.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of the command line works with, passed to every command instead of reaching for System.out or
 * System.getenv, so that a run can be tested in-process.
 *
 * @param terminal    whether {@code out} is an interactive terminal (for {@code --color auto})
 * @param cwd         where the project file is looked for (the current directory)
 * @param errTerminal whether {@code err} is an interactive terminal (where a status line can be rewritten in place)
 */
record Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Redactor redactor, Path cwd,
           boolean errTerminal) {
    Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Redactor redactor) {
        this(out, err, env, terminal, redactor, Path.of("").toAbsolutePath());
    }

    Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Redactor redactor, Path cwd) {
        this(out, err, env, terminal, redactor, cwd, false);
    }

    /**
     * Whether stdout can print the plan's symbols (✓ ⚠ ✗ →): not when its charset is not Unicode (LANG=C, a
     * Windows code page), where they would come out as "?", the same mark as "unmanaged".
     */
    boolean unicode() {
        return out.charset().newEncoder().canEncode("✓⚠✗→·");
    }

    /** The same for stderr, where progress is shown (the spinner and the ellipsis). */
    boolean errUnicode() {
        return err.charset().newEncoder().canEncode("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏…");
    }

    /**
     * Whether a status line on stderr can be rewritten in place: a terminal that understands a carriage return
     * (not TERM=dumb, as in an editor's shell buffer).
     */
    boolean statusLine() {
        return errTerminal && !"dumb".equals(env.get("TERM"));
    }

    /** The terminal's width in columns: $COLUMNS when the shell exports it, else 80. */
    int columns() {
        String columns = env.get("COLUMNS");
        return columns != null && columns.strip().matches("\\d{1,4}") ? Integer.parseInt(columns.strip()) : 80;
    }

    /** Where the embedded development database lives; {@code SCHEMASYNC_DIR} moves it (tests do). */
    Path stateDirectory() {
        String dir = env.get("SCHEMASYNC_DIR");
        return Path.of(ConnectionSpec.present(dir) ? dir : ".schemasync");
    }

    Style style(ColorMode mode) {
        return new Style(mode.enabled(env, terminal));
    }

    /** Prints a line to stderr with every known secret removed. */
    void error(String line) {
        err.println(redactor.scrub(line));
    }
}
