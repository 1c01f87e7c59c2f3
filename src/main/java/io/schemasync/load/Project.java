package io.schemasync.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The project file, {@code schemasync.yaml}: the settings of a repository, and its environments. Every setting is
 * optional (null: not set); a flag on the command line overrides it, an environment's setting overrides the
 * file's own.
 *
 * @param file         where it was read from
 * @param defaults     the settings at the top level of the file
 * @param environments by name, sorted
 */
public record Project(Path file, Settings defaults, Map<String, Environment> environments) {
    public static final String FILE_NAME = "schemasync.yaml";

    public Project {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(defaults, "defaults");
        environments = java.util.Collections.unmodifiableMap(new TreeMap<>(environments));
    }

    /** What to do with objects in managed schemas that the YAML does not mention. */
    public enum Unmanaged { KEEP, DROP }

    /**
     * @param schema       schema directories or files, resolved against the project file's directory
     * @param schemas      the managed schemas: the YAML may define no other, and each is managed even when the YAML
     *                     defines nothing in it
     * @param lockTimeout  apply's lock_timeout
     * @param unmanaged    keep (report) or drop the objects the YAML does not mention
     * @param history      whether apply records its run in schemasync.history
     */
    public record Settings(List<Path> schema, List<String> schemas, Duration lockTimeout, Unmanaged unmanaged,
                           Boolean history) {
        public Settings {
            schema = schema == null ? null : List.copyOf(schema);
            schemas = schemas == null ? null : List.copyOf(schemas);
        }

        static Settings none() {
            return new Settings(null, null, null, null, null);
        }

        /** These settings, with {@code over}'s where it has them. */
        Settings overriddenBy(Settings over) {
            return new Settings(or(over.schema, schema), or(over.schemas, schemas), or(over.lockTimeout, lockTimeout),
                    or(over.unmanaged, unmanaged), or(over.history, history));
        }

        private static <T> T or(T first, T second) {
            return first != null ? first : second;
        }
    }

    /**
     * @param urlEnv    the environment variable that holds the database URL; null: the usual resolution
     *                  (--url, DATABASE_URL, the libpq variables)
     * @param protect   {@code protected: true}: apply --allow-destructive needs {@code --confirm NAME}
     */
    public record Environment(String name, String urlEnv, boolean protect, Settings settings, Fleet fleet) {
        public Environment(String name, String urlEnv, boolean protect, Settings settings) {
            this(name, urlEnv, protect, settings, null);
        }
    }

    /**
     * The targets of an environment that is a fleet: many databases ({@code targets:}), or tenant schemas in each
     * database ({@code tenant_schemas:}), or both. See docs/fleets.md.
     *
     * @param targets the sources of database URLs, in the file's order; empty: the environment's one database
     * @param tenants the tenant schemas of each database; null: the schemas of the YAML, as for one database
     */
    public record Fleet(List<Source> targets, TenantSchemas tenants) {
        public Fleet {
            targets = List.copyOf(targets);
        }
    }

    /** Where a fleet's database URLs come from; {@code at} is the place in the project file (file:line:col). */
    public sealed interface Source {
        String at();

        /** An environment variable holding one URL. */
        record UrlEnv(String variable, String at) implements Source {}

        /** A URL written in the file, without a password (that comes from PGPASSWORD, or use url_env). */
        record Url(String url, String at) implements Source {}

        /** A file of URLs, one a line (blank lines and lines starting with # are skipped). */
        record UrlFile(Path file, String at) implements Source {}

        /** A command, run by {@code sh -c} in the project file's directory, that prints one URL a line. */
        record Command(String command, Path dir, String at) implements Source {}
    }

    /**
     * Tenant schemas: the YAML is written once for the schema {@code template}, and applied as each tenant's schema.
     *
     * @param names the tenant schemas listed in the file; null when {@code query} lists them
     * @param query a query run read-only on each database whose first column names the tenant schemas
     */
    public record TenantSchemas(String template, List<String> names, String query, String at) {
        public TenantSchemas {
            names = names == null ? null : List.copyOf(names);
        }
    }

    public Optional<Environment> environment(String name) {
        return Optional.ofNullable(environments.get(name));
    }

    /** The settings in force: the file's, overridden by the environment's when one is selected. */
    public Settings settings(Environment environment) {
        return environment == null ? defaults : defaults.overriddenBy(environment.settings());
    }

    /** " (did you mean "prod"?)" when the name is close to an environment's, else "". */
    public String didYouMean(String name) {
        return Reader.didYouMean(name, environments.keySet());
    }
}
