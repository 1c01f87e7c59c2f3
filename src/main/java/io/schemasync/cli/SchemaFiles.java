package io.schemasync.cli;

import io.schemasync.server.SchemaRejectedException;
import io.schemasync.load.SchemaException;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The desired schema as the command line finds it: the paths given with -s, loaded.
 *
 * @param sqlFiles the files of SQL the YAML's {@code file:} keys read
 */
record SchemaFiles(Database database, int fileCount, List<Path> paths, List<Path> sqlFiles) {
    static SchemaFiles load(List<Path> paths) throws SchemaException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UsageException("schema path " + path + " does not exist (point -s at your YAML files)");
            }
        }
        SchemaLoader.Loaded loaded = SchemaLoader.loadWithFiles(paths);
        return new SchemaFiles(loaded.database(), (int) paths.stream().mapToLong(SchemaFiles::countYaml).sum(),
                List.copyOf(paths), loaded.sqlFiles());
    }

    /**
     * The same files with the managed schemas of the project file: the YAML may define no other schema, and a
     * managed schema it does not define is managed all the same (as empty: what is in it is unmanaged, or dropped
     * under {@code unmanaged: drop}).
     */
    SchemaFiles managing(List<String> managed, Path projectFile) {
        List<String> extra = database.schemas().stream().map(io.schemasync.model.Schema::name)
                .filter(name -> !managed.contains(name)).sorted().toList();
        if (!extra.isEmpty()) {
            throw new UsageException("the schema files define schema " + String.join(", ", extra) + ", which "
                    + projectFile + " does not list under schemas: (add it there, or remove it from the YAML)");
        }
        List<io.schemasync.model.Schema> all = new java.util.ArrayList<>(database.schemas());
        managed.stream().filter(name -> database.schema(name).isEmpty()).distinct()
                .forEach(name -> all.add(io.schemasync.model.Schema.named(name)));
        return new SchemaFiles(database.withSchemas(all), fileCount, paths, sqlFiles);
    }

    /** The server's rejection of an object, prefixed with where the YAML defines it. */
    SchemaRejectedException located(SchemaRejectedException e) {
        if (e.object() == null) return e;
        return SchemaLoader.sourceOf(paths, e.object(), e.field())
                .map(at -> new SchemaRejectedException(at + ": " + e.getMessage(), e.statement(), e.getCause(), e.object(),
                        e.field()))
                .orElse(e);
    }

    private static long countYaml(Path path) {
        if (!Files.isDirectory(path)) return 1;
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(SchemaFiles::isYaml).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
