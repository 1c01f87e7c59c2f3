package io.schemasync.cli;

import io.schemasync.load.Project;
import io.schemasync.load.Project.Source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The databases and tenant schemas of a fleet environment, listed from the project file's sources: environment
 * variables, files of URLs, commands that print URLs, and per database the tenant schemas (a list, or a query run
 * read-only). Every password seen is given to the redactor before anything is printed.
 */
final class FleetTargets {
    /** How long a discovery command may run. */
    static final long COMMAND_SECONDS = 120;

    /** One database of the fleet, and where it was listed (for messages). */
    record Db(ConnectionSpec spec, String origin) {
        String key() {
            return spec.jdbcUrl() + "\0" + spec.user();
        }
    }

    /** One target: a database, or a tenant schema in one. */
    record Entry(Db db, String tenant) {
        /** The target's name in the stable order and in reports. */
        String id() {
            return db.spec().redacted() + (tenant == null ? "" : " schema " + tenant);
        }
    }

    private final Cli cli;

    private FleetTargets(Cli cli) {
        this.cli = cli;
    }

    /** Every database the environment lists, in order, each once. */
    static List<Db> databases(Cli cli, Project.Fleet fleet, Options.Url single) throws IOException {
        FleetTargets t = new FleetTargets(cli);
        List<Db> all = new ArrayList<>();
        if (single.embedded) {
            throw new UsageException("--embedded: a fleet's databases are the ones its environment lists, never the"
                    + " embedded development database");
        }
        if (!fleet.targets().isEmpty() && single.url != null) {
            throw new UsageException("--url names one database, but the environment lists its targets (targets: in"
                    + " the project file): drop the option");
        }
        if (fleet.targets().isEmpty()) {
            ConnectionSpec spec = ConnectionSpec.resolve(single.url, cli.env()).orElseThrow(() -> new UsageException(
                    "the fleet's database is not configured: set DATABASE_URL (or the environment's url_env), or pass"
                            + " --url"));
            all.add(new Db(spec, "the environment's database"));
        }
        for (Source source : fleet.targets()) all.addAll(t.list(source));
        Map<String, Db> unique = new LinkedHashMap<>();
        all.forEach(db -> unique.putIfAbsent(db.key(), db));
        unique.values().forEach(db -> cli.redactor().add(db.spec().password()));
        return List.copyOf(unique.values());
    }

    private List<Db> list(Source source) throws IOException {
        return switch (source) {
            case Source.UrlEnv e -> {
                String value = cli.env().get(e.variable());
                if (!ConnectionSpec.present(value)) {
                    throw new UsageException(e.at() + ": target $" + e.variable() + " is " + (value == null
                            ? "not set" : "empty") + " (set it to the database's URL, or remove the target)");
                }
                yield List.of(new Db(parse(value, e.at() + ": $" + e.variable()), "$" + e.variable()));
            }
            case Source.Url u -> List.of(new Db(parse(u.url(), u.at()), u.at()));
            case Source.UrlFile f -> {
                if (!Files.isRegularFile(f.file())) {
                    throw new UsageException(f.at() + ": target file " + f.file() + " does not exist (one URL a line)");
                }
                yield lines(Files.readAllLines(f.file(), StandardCharsets.UTF_8), f.file().toString(), f.file() + ":%d:1");
            }
            case Source.Command c -> lines(run(c), "the output of " + c.command(), c.at() + ": line %d of the output"
                    + " of " + c.command());
        };
    }

    private List<Db> lines(List<String> lines, String origin, String where) {
        List<Db> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            out.add(new Db(parse(line, String.format(where, i + 1)), origin + " line " + (i + 1)));
        }
        return out;
    }

    /** A URL, with PGPASSWORD for one that leaves the password out, as libpq does. */
    private ConnectionSpec parse(String url, String where) {
        try {
            ConnectionSpec spec = ConnectionSpec.parse(url);
            String password = cli.env().get("PGPASSWORD");
            if (spec.password() == null && ConnectionSpec.present(password)) {
                spec = new ConnectionSpec(spec.hosts(), spec.database(), spec.user(), password, spec.parameters());
            }
            return spec;
        } catch (UsageException e) {
            throw new UsageException(where + ": " + e.getMessage() + " (one postgres:// or jdbc:postgresql:// URL a"
                    + " line)");
        }
    }

    /** Runs a discovery command with {@code sh -c} in the project file's directory; its stdout lists the URLs. */
    private static List<String> run(Source.Command c) throws IOException {
        Process p = new ProcessBuilder("sh", "-c", c.command()).directory(c.dir().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!p.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(c.at() + ": target command " + c.command() + " ran longer than "
                        + COMMAND_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + c.command(), e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(c.at() + ": target command " + c.command() + " exited with " + p.exitValue()
                    + " (it must print one database URL a line and exit 0)");
        }
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * The tenant schemas of one database: the list of the project file, or the query's first column, run in a
     * read-only transaction that is rolled back. Sorted; the template schema itself is never a tenant.
     */
    static List<String> tenants(Db db, Project.TenantSchemas tenants) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        if (tenants.names() != null) {
            names.addAll(tenants.names());
        } else {
            try (Connection c = DriverManager.getConnection(db.spec().jdbcUrl(), db.spec().properties())) {
                c.setAutoCommit(false);
                c.setReadOnly(true);
                try (Statement st = c.createStatement()) {
                    st.execute("SET TRANSACTION READ ONLY");
                    try (ResultSet rs = st.executeQuery(tenants.query())) {
                        while (rs.next()) {
                            String name = rs.getString(1);
                            if (name != null && !name.isEmpty()) names.add(name);
                        }
                    }
                } finally {
                    c.rollback();
                }
            }
        }
        names.remove(tenants.template());
        return List.copyOf(names);
    }

    /**
     * The targets this process takes: every (database, tenant) in the stable order (sorted by id), then every
     * n-th from the i-th for {@code --shard i/n}.
     */
    static List<Entry> shard(List<Entry> all, int[] shard) {
        List<Entry> sorted = all.stream().sorted(java.util.Comparator.comparing(Entry::id)).toList();
        if (shard == null) return sorted;
        List<Entry> mine = new ArrayList<>();
        for (int i = shard[0] - 1; i < sorted.size(); i += shard[1]) mine.add(sorted.get(i));
        return mine;
    }

    /** {@code --shard i/n}: {i, n} with 1 <= i <= n. */
    static int[] parseShard(String text) {
        if (text == null) return null;
        var m = java.util.regex.Pattern.compile("(\\d{1,6})/(\\d{1,6})").matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
            throw new UsageException("--shard takes I/N with 1 <= I <= N, like 2/3 (got " + text + "); a Kubernetes"
                    + " indexed Job passes $((JOB_COMPLETION_INDEX + 1))/N");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
