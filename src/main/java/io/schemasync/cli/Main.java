package io.schemasync.cli;

import io.schemasync.server.SyncException;
import io.schemasync.load.SchemaException;
import org.jline.jansi.AnsiConsole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The command line. {@link #run} is the whole program and can be called in-process; only {@link #main} exits.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("plan") || args[0].equals("apply"))) Preload.start();
        // Jansi translates ANSI for the Windows console; elsewhere it would strip forced colour and ignore NO_COLOR.
        boolean jansi = Terminal.isWindows();
        if (jansi) AnsiConsole.systemInstall();
        int code;
        try {
            code = run(args, System.out, System.err, System.getenv());
        } catch (OutOfMemoryError e) {
            // The launchers cap the heap (-Xmx192m: a 5,000-table schema keeps at most about 90 MB alive); a larger
            // schema says so in one line, never with a stack trace.
            System.err.println("error: out of memory (the Java heap is capped at "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give it more with"
                    + " SCHEMASYNC_JAVA_OPTS=-Xmx1g");
            code = Exit.FAILURE.code();
        } finally {
            if (jansi) AnsiConsole.systemUninstall();
        }
        System.exit(code);
    }

    /** Runs one command and returns its exit code (see {@link Exit}). */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, Path.of("").toAbsolutePath());
    }

    /** The same, with {@code cwd} as the directory where the project file is looked for. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path cwd) {
        Quiet.install();
        Cli cli = new Cli(out, err, Map.copyOf(env), out == System.out && Terminal.stdoutIsTerminal(), new Redactor(),
                cwd, err == System.err && Terminal.stderrIsTerminal());
        int code = commandLine(cli, args.length > 0 ? args[0] : "").execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(Cli cli) {
        return commandLine(cli, "");
    }

    /**
     * The command line; when {@code first} names a command, only that command's model is built (picocli reads
     * every command's annotations when it is added: a fifth of a cold start).
     */
    static CommandLine commandLine(Cli cli, String first) {
        CommandLine cmd = new CommandLine(new Root(cli));
        switch (first) {
            case "plan" -> cmd.addSubcommand(new PlanCommand(cli));
            case "apply" -> cmd.addSubcommand(new ApplyCommand(cli));
            case "introspect" -> cmd.addSubcommand(new IntrospectCommand(cli));
            case "validate" -> cmd.addSubcommand(new ValidateCommand(cli));
            case "history" -> cmd.addSubcommand(new HistoryCommand(cli));
            default -> cmd.addSubcommand(new PlanCommand(cli))
                    .addSubcommand(new ApplyCommand(cli))
                    .addSubcommand(new IntrospectCommand(cli))
                    .addSubcommand(new ValidateCommand(cli))
                    .addSubcommand(new HistoryCommand(cli))
                    .addSubcommand(new CommandLine.HelpCommand());
        }
        cmd.setOut(new PrintWriter(cli.out(), true));
        cmd.setErr(new PrintWriter(cli.err(), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(Path.class, Main::path);
        cmd.setColorScheme(Help.defaultColorScheme(ColorMode.AUTO.enabled(cli.env(), cli.terminal())
                ? Help.Ansi.ON : Help.Ansi.OFF));
        cmd.setParameterExceptionHandler((e, args) -> usageError(cli, e));
        cmd.setExecutionExceptionHandler((e, command, parseResult) -> failure(cli, e, parseResult));
        return cmd;
    }

    /** A path; picocli's own message for an invalid one would name Java's exception classes. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a path: " + e.getReason());
        }
    }

    private static int usageError(Cli cli, ParameterException e) {
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().getFirst();
            // picocli says "Unmatched argument at index 0: 'plna'" of a command it does not know.
            if (e.getCommandLine().getParent() == null && !typed.startsWith("-")) {
                message = "unknown command '" + typed + "'";
            }
            // A near miss (--schema for --schemas, plna for plan), on the same line: picocli's guess, when near.
            message += u.getSuggestions().stream().filter(s -> near(typed, s)).findFirst()
                    .map(s -> "; did you mean " + s + "?").orElse("");
        }
        cli.error("error: " + Printable.line(message));
        cli.error("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        return Exit.of(e).code();
    }

    /**
     * A suggestion worth making: what was typed is the start of it ({@code --allow-destruct}), or a typo or two away
     * from it (edits and swaps of neighbours, at most 2 and at most a quarter of the length: {@code plna},
     * {@code --batchsize}). picocli offers its nearest names even for {@code frobnicate}.
     */
    static boolean near(String typed, String candidate) {
        if (typed.length() >= 4 && candidate.startsWith(typed)) return true;
        int n = typed.length(), m = candidate.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = typed.charAt(i - 1) == candidate.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == candidate.charAt(j - 2)
                        && typed.charAt(i - 2) == candidate.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m] <= 2 && d[n][m] * 4 <= Math.max(n, m);
    }

    /** Every failure a command throws is reported here, then mapped to its exit code by {@link Exit#of}. */
    private static int failure(Cli cli, Exception e, ParseResult parseResult) {
        switch (e) {
            case SchemaException s -> {
                s.diagnostics().forEach(d -> cli.error(Printable.line(d.toString())));
                cli.error("invalid schema: " + Counts.of(s.diagnostics().size(), "problem"));
            }
            case DatabaseTarget.ConnectException c -> cli.error(Printable.line(c.getMessage()));
            case io.schemasync.server.SchemaRejectedException r -> {
                cli.error(r.getMessage());
                cli.error("invalid schema: PostgreSQL rejects it (nothing was changed)");
            }
            case io.schemasync.apply.PlanChangedException p -> cli.error("refused: " + p.getMessage());
            case SyncException s -> {
                FailureText text = FailureText.of(s);
                cli.error("error: " + text.headline());
                text.hint().ifPresent(hint -> cli.error("  hint: " + hint));
                if (s.statement() != null) cli.error("  statement: " + s.statement().strip());
                s.committed().ifPresent(c -> CommittedText.lines(c).forEach(cli::error));
            }
            case UsageException u -> cli.error("error: " + Printable.line(u.getMessage()));
            case io.schemasync.plan.CycleException c -> {
                cli.error("error: " + c.getMessage());
                cli.error("invalid schema: the plan has no order (nothing was changed)");
            }
            case SQLException q -> {
                FailureText text = FailureText.of(q);
                cli.error("error: " + text.headline());
                text.hint().ifPresent(hint -> cli.error("  hint: " + hint));
            }
            case IOException io -> cli.error("error: " + Printable.line(io.getClass().getSimpleName() + ": " + io.getMessage()));
            default -> unexpected(cli, e);
        }
        return Exit.of(e).code();
    }

    private static void unexpected(Cli cli, Exception e) {
        cli.error("error: " + Printable.line(e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
        if (ConnectionSpec.present(cli.env().get("SCHEMASYNC_DEBUG"))) {
            var trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            cli.error(trace.toString());
        }
    }

    @Command(name = "schemasync", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Declarative, idempotent schema sync for PostgreSQL: YAML in schema/ -> plan -> apply.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success; the database is in sync", "1:runtime or database failure",
                    "2:usage error or invalid schema files", "3:plan --exit-code: the plan is not empty",
                    "4:changes refused (destructive or unsupported, or a saved plan is out of date); nothing was applied"})
    static final class Root implements Callable<Integer> {
        private final Cli cli;

        @Spec
        CommandSpec spec;

        Root(Cli cli) {
            this.cli = cli;
        }

        /** No command: one line that says so, as for any other usage error (the full usage is --help). */
        @Override
        public Integer call() {
            cli.error("error: a command is needed: plan, apply, introspect or validate");
            cli.error("Run 'schemasync --help' for usage.");
            return Exit.USAGE.code();
        }
    }
}
