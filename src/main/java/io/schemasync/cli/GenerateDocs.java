package io.schemasync.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Build-time only (the pom runs it with exec-maven-plugin in the package phase): writes the bash/zsh completion
 * script and the man pages' AsciiDoc sources from the same command model that parses the command line, so they
 * cannot drift from it. picocli-codegen is a provided dependency: this class is never loaded at run time.
 */
final class GenerateDocs {
    private GenerateDocs() {}

    /** {@code GenerateDocs OUTPUT_DIR}: writes OUTPUT_DIR/completion/schemasync.bash and OUTPUT_DIR/adoc/*.adoc. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: GenerateDocs OUTPUT_DIR");
        Path out = Path.of(args[0]);
        CommandLine cmd = commandLine();
        Path completion = Files.createDirectories(out.resolve("completion")).resolve("schemasync.bash");
        Files.writeString(completion, AutoComplete.bash("schemasync", cmd));
        Path adoc = Files.createDirectories(out.resolve("adoc"));
        int code = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, cmd.getCommandSpec());
        if (code != 0) throw new IOException("picocli's ManPageGenerator failed with exit code " + code);
    }

    /** The real command tree; nothing runs, so its streams go nowhere. */
    static CommandLine commandLine() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commandLine(new Cli(nowhere, nowhere, Map.of(), false, new Redactor()));
    }
}
