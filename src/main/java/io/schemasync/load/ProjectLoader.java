package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Project.Environment;
import io.schemasync.load.Project.Settings;
import io.schemasync.load.Project.Unmanaged;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds and reads the project file, {@code schemasync.yaml}, as strictly as the schema files: unknown keys,
 * duplicate keys and bad values are errors at file:line:col, with a "did you mean".
 */
public final class ProjectLoader {
    static final Set<String> SETTING_KEYS = Set.of("schema", "schemas", "lock_timeout", "unmanaged", "history");
    static final Set<String> ROOT_KEYS = with(SETTING_KEYS, "version", "environments");
    static final Set<String> ENVIRONMENT_KEYS = with(SETTING_KEYS, "url_env", "protected", "targets", "tenant_schemas");
    static final Set<String> SOURCE_KEYS = Set.of("url", "url_env", "file", "command");
    /** user:password@ in a URL: a password written into the project file, which is committed. */
    private static final Pattern URL_PASSWORD = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/@]*:[^/@]*@.*");
    static final Set<String> TENANT_KEYS = Set.of("template", "list", "query");
    private static final Pattern ENV_VAR = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<String, Unmanaged> UNMANAGED = Map.of("keep", Unmanaged.KEEP, "drop", Unmanaged.DROP);

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Reader reader = new Reader(diagnostics);
    private final Path dir;

    private ProjectLoader(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        this.dir = parent == null ? Path.of("") : parent;
    }

    private static Set<String> with(Set<String> keys, String... more) {
        var all = new java.util.HashSet<>(keys);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /**
     * The nearest {@code schemasync.yaml}: in {@code start} or the directories above it, up to and including the
     * root of the repository (the first directory that holds {@code .git}), so that a file elsewhere in the home
     * directory is never picked up by a repository that has none.
     */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(Project.FILE_NAME);
            if (Files.isRegularFile(file)) return Optional.of(file);
            if (Files.exists(dir.resolve(".git"))) return Optional.empty();
        }
        return Optional.empty();
    }

    public static Project load(Path file) throws SchemaException {
        return load(file, file);
    }

    /** @param shown the file's name in messages (relative to the current directory, say) */
    public static Project load(Path file, Path shown) throws SchemaException {
        return new ProjectLoader(file).read(file, shown);
    }

    private Project read(Path source, Path file) throws SchemaException {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaException(List.of(new Diagnostic(file, 0, 0, "cannot read: " + e.getMessage())));
        }
        Optional<Node> root = YamlTree.parse(file, text, diagnostics);
        Settings defaults = Settings.none();
        Map<String, Environment> environments = new LinkedHashMap<>();
        MapNode map = root.map(n -> reader.map(n, "the project file")).orElse(null);
        if (map != null) {
            reader.allowKeys(map, "the project file", ROOT_KEYS);
            version(map);
            defaults = settings(map, "the project file");
            Reader.get(map, "environments").ifPresent(n -> environments(n, environments));
        }
        if (!diagnostics.isEmpty()) throw new SchemaException(diagnostics);
        return new Project(file, defaults, environments);
    }

    private void version(MapNode map) {
        Reader.get(map, "version").ifPresent(n -> {
            String v = reader.string(n, "version");
            if (v != null && !v.equals("1")) reader.error(n.loc(), "version must be 1 (the only version), not " + v);
        });
    }

    private Settings settings(MapNode map, String where) {
        List<Path> schema = Reader.get(map, "schema").map(n -> paths(n, where)).orElse(null);
        List<String> schemas = Reader.get(map, "schemas").map(n -> names(n, where)).orElse(null);
        Duration lockTimeout = Reader.get(map, "lock_timeout").map(n -> duration(n, where)).orElse(null);
        Unmanaged unmanaged = reader.choice(map, "unmanaged", where, UNMANAGED, List.of("keep", "drop"));
        Boolean history = reader.bool(map, "history", where);
        return new Settings(schema, schemas, lockTimeout, unmanaged, history);
    }

    /** One path or a list of them, relative to the project file's directory. */
    private List<Path> paths(Node node, String where) {
        List<String> items = node instanceof Node.Scalar ? listOf(reader.string(node, "schema of " + where))
                : reader.strings(node, "schema of " + where);
        if (items == null) return null;
        if (items.isEmpty()) reader.error(node.loc(), "schema of " + where + " names no directory");
        return items.stream().map(dir::resolve).map(Path::normalize).toList();
    }

    private static List<String> listOf(String value) {
        return value == null ? null : List.of(value);
    }

    private List<String> names(Node node, String where) {
        List<String> names = reader.strings(node, "schemas of " + where);
        if (names == null) return null;
        names.forEach(name -> reader.name(node.loc(), name, "a managed schema"));
        return names;
    }

    private Duration duration(Node node, String where) {
        String text = reader.string(node, "lock_timeout of " + where);
        if (text == null) return null;
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            reader.error(node.loc(), "lock_timeout of " + where + ": " + e.getMessage());
            return null;
        }
    }

    private void environments(Node node, Map<String, Environment> out) {
        MapNode envs = reader.map(node, "environments");
        if (envs == null) return;
        for (Entry e : envs.entries().values()) {
            String where = "environment \"" + e.key() + "\"";
            MapNode env = reader.map(e.value(), where);
            if (env == null) continue;
            reader.allowKeys(env, where, ENVIRONMENT_KEYS);
            String urlEnv = reader.requiredText(env, "url_env", where);
            if (urlEnv != null && !ENV_VAR.matcher(urlEnv).matches()) {
                reader.error(Reader.get(env, "url_env").orElseThrow().loc(), "url_env of " + where
                        + " names an environment variable (like STAGING_DATABASE_URL), not \"" + urlEnv + "\"");
            }
            Boolean protect = reader.bool(env, "protected", where);
            Project.Fleet fleet = fleet(env, where, urlEnv != null);
            out.put(e.key(), new Environment(e.key(), urlEnv, Boolean.TRUE.equals(protect), settings(env, where),
                    fleet));
        }
    }

    /** {@code targets:} and {@code tenant_schemas:} of an environment; null when it has neither. */
    private Project.Fleet fleet(MapNode env, String where, boolean hasUrlEnv) {
        Node targets = Reader.get(env, "targets").orElse(null);
        Node tenants = Reader.get(env, "tenant_schemas").orElse(null);
        if (targets == null && tenants == null) return null;
        if (targets != null && hasUrlEnv) {
            reader.error(targets.loc(), "targets of " + where + " and its url_env both name databases: move the"
                    + " url_env into targets (- url_env: NAME)");
        }
        List<Project.Source> sources = targets == null ? List.of() : sources(targets, where);
        Project.TenantSchemas tenantSchemas = tenants == null ? null : tenants(tenants, where);
        return new Project.Fleet(sources, tenantSchemas);
    }

    private List<Project.Source> sources(Node node, String where) {
        List<Project.Source> out = new ArrayList<>();
        if (!(node instanceof Node.ListNode list)) {
            reader.error(node.loc(), "targets of " + where + " must be a list (- url: URL, - url_env: NAME,"
                    + " - file: FILE, - command: CMD), not " + Node.describe(node));
            return out;
        }
        if (list.items().isEmpty()) reader.error(node.loc(), "targets of " + where + " lists no target");
        for (Node item : list.items()) {
            MapNode map = reader.map(item, "a target of " + where);
            if (map == null) continue;
            reader.allowKeys(map, "a target of " + where, SOURCE_KEYS);
            if (map.entries().size() != 1) {
                reader.error(item.loc(), "a target of " + where + " has one key: url, url_env, file or command");
                continue;
            }
            Entry e = map.entries().values().iterator().next();
            String value = reader.requiredText(map, e.key(), "a target of " + where);
            if (value != null) source(e, value, where).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Project.Source> source(Entry e, String value, String where) {
        String at = at(e.value().loc());
        return switch (e.key()) {
            case "url_env" -> {
                if (ENV_VAR.matcher(value).matches()) yield Optional.of(new Project.Source.UrlEnv(value, at));
                reader.error(e.value().loc(), "url_env of a target of " + where + " names an environment variable"
                        + " (like EU_DATABASE_URL), not \"" + value + "\"");
                yield Optional.empty();
            }
            case "url" -> {
                if (!URL_PASSWORD.matcher(value).matches() && !value.toLowerCase().contains("password=")) {
                    yield Optional.of(new Project.Source.Url(value, at));
                }
                reader.error(e.value().loc(), "a url of a target of " + where + " holds a password, which does not"
                        + " belong in a committed file: use url_env: NAME with the URL in that variable, or PGPASSWORD");
                yield Optional.empty();
            }
            case "file" -> Optional.of(new Project.Source.UrlFile(dir.resolve(value).normalize(), at));
            case "command" -> Optional.of(new Project.Source.Command(value, dir, at));
            default -> Optional.empty();
        };
    }

    private Project.TenantSchemas tenants(Node node, String where) {
        String what = "tenant_schemas of " + where;
        MapNode map = reader.map(node, what);
        if (map == null) return null;
        reader.allowKeys(map, what, TENANT_KEYS);
        String template = reader.requiredText(map, "template", what);
        if (template == null && Reader.get(map, "template").isEmpty()) template = "tenant";
        if (template != null) reader.name(Reader.get(map, "template").map(Node::loc).orElse(map.loc()), template,
                "the template schema");
        List<String> names = Reader.get(map, "list").map(n -> reader.strings(n, "list of " + what)).orElse(null);
        if (names != null) names.forEach(n -> reader.name(Reader.get(map, "list").orElseThrow().loc(), n, "a tenant schema"));
        String query = reader.requiredText(map, "query", what);
        if (query != null) {
            // The one checked path for SQL text: exactly one query, nothing after it (it also runs read-only and
            // is rolled back).
            try {
                query = io.schemasync.sql.SqlText.requireQuery(query);
            } catch (io.schemasync.sql.RefusedSqlException e) {
                reader.error(Reader.get(map, "query").orElseThrow().loc(), "query of " + what + ": " + e.getMessage()
                        + "; write one SELECT that returns the schema names");
            }
        }
        if ((names == null) == (query == null) && Reader.get(map, "list").isEmpty() == Reader.get(map, "query").isEmpty()) {
            reader.error(map.loc(), what + " needs either list: [schema, ...] or query: \"SELECT nspname FROM ...\""
                    + " (one of them)");
        }
        if (names != null && template != null && names.contains(template)) {
            reader.error(Reader.get(map, "list").orElseThrow().loc(), "list of " + what + " names the template schema "
                    + template + " itself: the template is what the YAML is written for, not a tenant");
        }
        return new Project.TenantSchemas(template == null ? "tenant" : template, names, query, at(map.loc()));
    }

    private static String at(Node.Loc loc) {
        return loc.file() + ":" + loc.line() + ":" + loc.column();
    }
}
