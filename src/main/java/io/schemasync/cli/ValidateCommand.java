package io.schemasync.cli;

import io.schemasync.load.SchemaException;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check the YAML schema files (and schemasync.yaml) without a database; problems are printed as "
                + "file:line:col.")
final class ValidateCommand implements Callable<Integer> {
    private final Cli cli;

    @Mixin Options.SchemaPaths schema;
    @Mixin Options.ProjectFile project;

    ValidateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SchemaException {
        Setup setup = Setup.resolve(cli, project);
        SchemaFiles files = setup.desired(schema.paths);
        Database db = files.database();
        // A tenant template is checked as such too: no other schema, no SQL text that names the template.
        if (setup.fleet() != null && setup.fleet().tenants() != null) {
            io.schemasync.load.TenantTemplate.load(setup.schemaPaths(schema.paths), setup.fleet().tenants().template());
        }
        cli.out().println("valid: " + Counts.of(sum(db, s -> s.tables().size()), "table") + ", "
                + Counts.of(sum(db, s -> s.enums().size()), "enum") + ", "
                + Counts.of(sum(db, s -> s.sequences().size()), "sequence") + " in "
                + Counts.of(db.schemas().size(), "schema") + " (" + Counts.of(files.fileCount(), "file") + ")");
        return Exit.OK.code();
    }

    private static long sum(Database db, ToIntFunction<Schema> count) {
        return db.schemas().stream().mapToInt(count).sum();
    }
}
