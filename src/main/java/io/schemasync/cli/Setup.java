package io.schemasync.cli;

import io.schemasync.load.Project;
import io.schemasync.load.Project.Environment;
import io.schemasync.load.ProjectLoader;
import io.schemasync.load.SchemaException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a command runs with: the project file (when there is one), the environment chosen with {@code --env},
 * and the flags, which override both. Without a project file every setting is the flag's or its default.
 */
final class Setup {
    static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    private static final Path DEFAULT_SCHEMA = Path.of("schema/");

    private final Cli cli;
    private final Project project;
    private final Environment environment;
    private final Project.Settings settings;

    private Setup(Cli cli, Project project, Environment environment) {
        this.cli = cli;
        this.project = project;
        this.environment = environment;
        this.settings = project == null ? new Project.Settings(null, null, null, null, null)
                : project.settings(environment);
    }

    static Setup resolve(Cli cli, Options.ProjectFile options) throws SchemaException {
        Project project = load(cli, options);
        String name = options.env != null ? options.env : nonBlank(cli.env().get("SCHEMASYNC_ENV"));
        if (name == null) return new Setup(cli, project, null);
        String source = options.env != null ? "--env " + name : "SCHEMASYNC_ENV=" + name;
        if (project == null) {
            throw new UsageException(source + ": no " + Project.FILE_NAME + " in " + cli.cwd() + " or above it"
                    + " (environments are defined there; see docs/project-file.md)");
        }
        Environment env = project.environment(name).orElseThrow(() -> new UsageException(source + ": "
                + project.file() + " defines no environment \"" + name + "\"" + project.didYouMean(name)
                + " (environments: " + (project.environments().isEmpty() ? "none"
                : String.join(", ", project.environments().keySet())) + ")"));
        return new Setup(cli, project, env);
    }

    private static Project load(Cli cli, Options.ProjectFile options) throws SchemaException {
        if (options.file != null) {
            if (!Files.isRegularFile(options.file)) {
                throw new UsageException("project file " + options.file + (Files.exists(options.file)
                        ? " is not a file (a device or a pipe?)" : " does not exist"));
            }
            return ProjectLoader.load(options.file);
        }
        Path found = ProjectLoader.find(cli.cwd()).orElse(null);
        return found == null ? null : ProjectLoader.load(found, cli.cwd().relativize(found.toAbsolutePath()));
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The schema files: the -s paths; else the project file's; else schema/. */
    List<Path> schemaPaths(List<Path> flags) {
        if (!flags.isEmpty()) return flags;
        if (settings.schema() != null) return settings.schema().stream().map(Setup::shown).toList();
        return List.of(DEFAULT_SCHEMA);
    }

    /**
     * A path of the project file as messages show it: relative to the process's working directory when under it
     * (that is what a relative path is resolved against), else absolute.
     */
    private static Path shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : absolute;
    }

    /** The schema files, loaded, with the managed schemas of the project file. */
    SchemaFiles desired(List<Path> flags) throws SchemaException {
        SchemaFiles files = SchemaFiles.load(schemaPaths(flags));
        return settings.schemas() == null ? files : files.managing(settings.schemas(), project.file());
    }

    /** The managed schemas the project file lists; null when it lists none. */
    List<String> schemas() {
        return settings.schemas();
    }

    Duration lockTimeout(Duration flag) {
        if (flag != null) return flag;
        return settings.lockTimeout() != null ? settings.lockTimeout() : DEFAULT_LOCK_TIMEOUT;
    }

    boolean dropUnmanaged(Options.Unmanaged flags) {
        Project.Unmanaged chosen = flags.chosen();
        if (chosen == null) chosen = settings.unmanaged();
        return chosen == Project.Unmanaged.DROP;
    }

    boolean history(boolean noHistoryFlag) {
        return !noHistoryFlag && !Boolean.FALSE.equals(settings.history());
    }

    /**
     * The database: --url or --embedded when given; else the environment's url_env, which must then be set (a
     * release whose variable went missing fails, never falls back to another database); else the usual order.
     */
    Options.Url url(Options.Url flags) {
        if (flags.url != null || flags.embedded || environment == null || environment.urlEnv() == null) return flags;
        String value = cli.env().get(environment.urlEnv());
        if (value == null || value.isBlank()) {
            throw new UsageException("environment " + environment.name() + " takes its database from $"
                    + environment.urlEnv() + ", which is " + (value == null ? "not set" : "empty")
                    + " (set it, or pass --url)");
        }
        return Options.Url.of(value, false);
    }

    /**
     * A protected environment refuses --allow-destructive unless --confirm names it: a drop on production is
     * typed out, never a flag copied from a staging command.
     */
    void checkDestructive(boolean allowDestructive, String confirm) {
        if (confirm != null && environment == null) {
            throw new UsageException("--confirm " + confirm + " confirms an environment, but none is selected"
                    + " (use --env NAME)");
        }
        if (confirm != null && !confirm.equals(environment.name())) {
            throw new UsageException("--confirm " + confirm + " does not name the environment in use, "
                    + environment.name());
        }
        if (allowDestructive && environment != null && environment.protect() && confirm == null) {
            throw new UsageException("environment " + environment.name() + " is protected: --allow-destructive also"
                    + " needs --confirm " + environment.name() + " (nothing was applied)");
        }
    }

    /** The fleet of the environment in use (targets: or tenant_schemas:); null for one database. */
    Project.Fleet fleet() {
        return environment == null ? null : environment.fleet();
    }

    /** The environment in use; null without one. */
    Environment environment() {
        return environment;
    }

    /** "environment prod (schemasync.yaml)", for the line that says where a command runs; null without one. */
    String describe() {
        if (environment == null) return null;
        return "environment " + environment.name() + " (" + project.file() + ")"
                + (environment.protect() ? ", protected" : "");
    }
}
