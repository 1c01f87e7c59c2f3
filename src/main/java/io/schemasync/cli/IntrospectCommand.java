package io.schemasync.cli;

import io.schemasync.catalog.CatalogReader;
import io.schemasync.load.SchemaException;
import io.schemasync.catalog.LiveCatalog;
import io.schemasync.load.YamlWriter;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

@Command(name = "introspect", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write the live database's schema as YAML: the starting point for adopting schemasync.")
final class IntrospectCommand implements Callable<Integer> {
    private static final int UNMANAGED_SHOWN = 10;
    private static final String ROOT_KEY = "schemas:\n";

    private final Cli cli;

    @Mixin Options.Url url;
    @Mixin Options.ProjectFile project;

    @Option(names = "--schemas", paramLabel = "NAME", split = ",",
            description = "schemas to read, comma-separated (default: schemas: in schemasync.yaml, else every schema "
                    + "except pg_* and information_schema)")
    List<String> schemas;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "directory to write <schema>.yaml files into, or - for one document on stdout "
                    + "(default: the first schema: directory of schemasync.yaml, else schema/)")
    String output;

    @Option(names = "--split", description = "one file per table (<schema>/<table>.yaml) plus <schema>/_schema.yaml "
            + "for enums, sequences and extensions, instead of one file per schema")
    boolean split;

    @Option(names = "--force", description = "overwrite files that already exist")
    boolean force;

    IntrospectCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SQLException, IOException, DatabaseTarget.ConnectException, SchemaException {
        Setup setup = Setup.resolve(cli, project);
        if (output == null) output = setup.schemaPaths(List.of()).getFirst().toString();
        if (schemas == null) schemas = setup.schemas();
        if (toStdout() && split) throw new UsageException("--split writes several files; it needs -o DIR, not -o -");
        try (DatabaseTarget db = DatabaseTarget.open(setup.url(url), cli)) {
            LiveCatalog live = CatalogReader.read(db.connection(), managed());
            warnMissingSchemas(live.database());
            Map<Path, String> files = new TreeMap<>(YamlWriter.files(live.database(), split,
                    CatalogReader.session(db.connection()).user()));
            if (toStdout()) cli.out().print(oneDocument(files));
            else write(files, live.database());
            reportUnmanaged(live.unmanaged());
            return Exit.OK.code();
        }
    }

    /**
     * Every schema as one YAML document. YamlWriter writes one file per schema, each under its own {@code schemas:}
     * key; printed one after the other they would repeat that key, which YAML forbids.
     */
    static String oneDocument(Map<Path, String> files) {
        if (files.isEmpty()) return "schemas: {}\n";
        StringBuilder document = new StringBuilder(ROOT_KEY);
        for (var file : files.entrySet()) {
            if (!file.getValue().startsWith(ROOT_KEY)) {
                throw new IllegalStateException(file.getKey() + " does not start with " + ROOT_KEY.strip());
            }
            document.append(file.getValue(), ROOT_KEY.length(), file.getValue().length());
        }
        return document.toString();
    }

    private boolean toStdout() {
        return "-".equals(output);
    }

    private Predicate<String> managed() {
        if (schemas != null && !schemas.isEmpty()) return List.copyOf(schemas)::contains;
        return name -> !name.startsWith("pg_") && !name.equals("information_schema");
    }

    private void warnMissingSchemas(Database database) {
        if (schemas == null) return;
        schemas.stream().filter(name -> database.schema(name).isEmpty()).sorted()
                .forEach(name -> cli.error("warning: schema " + name + " was not found in the database"));
    }

    private void write(Map<Path, String> files, Database database) throws IOException {
        Path dir = Path.of(output);
        List<Path> existing = files.keySet().stream().map(dir::resolve).filter(Files::exists).toList();
        if (!existing.isEmpty() && !force) {
            throw new UsageException("refusing to overwrite " + existing.getFirst()
                    + (existing.size() > 1 ? " and " + (existing.size() - 1) + " more" : "")
                    + " (use --force, or -o another directory)");
        }
        for (var file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, file.getValue());
        }
        long tables = database.schemas().stream().mapToLong(s -> s.tables().size()).sum();
        cli.out().println("wrote " + Counts.of(files.size(), "file") + " to " + dir + " ("
                + Counts.of(tables, "table") + " in " + Counts.of(database.schemas().size(), "schema") + ")");
    }

    private void reportUnmanaged(List<ObjectRef> unmanaged) {
        if (unmanaged.isEmpty()) return;
        List<String> names = unmanaged.stream().map(ObjectRef::toString).sorted().toList();
        String shown = String.join(", ", names.subList(0, Math.min(UNMANAGED_SHOWN, names.size())));
        String more = names.size() > UNMANAGED_SHOWN ? " and " + (names.size() - UNMANAGED_SHOWN) + " more" : "";
        cli.error("left out (schemasync does not manage them): " + shown + more);
    }
}
