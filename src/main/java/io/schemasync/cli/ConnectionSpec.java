package io.schemasync.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where and how to connect: parsed from {@code --url}, {@code $DATABASE_URL} or the libpq variables. The password
 * travels only in {@link #properties()}, never in the JDBC URL and never in {@link #redacted()} or
 * {@link #toString()}.
 *
 * @param hosts      one or more servers (pgjdbc tries them in order, like libpq)
 * @param parameters pgjdbc connection properties (sslmode, ApplicationName, connectTimeout, ...), sorted
 */
public record ConnectionSpec(List<HostPort> hosts, String database, String user, String password,
                             Map<String, String> parameters) {
    public static final int DEFAULT_PORT = 5432;
    static final String APPLICATION_NAME = "schemasync";
    static final String CONNECT_TIMEOUT_SECONDS = "10";

    /** One server; {@code host} is a name or an IP literal without brackets. */
    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    public ConnectionSpec {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) throw new UsageException("the database URL names no host");
        if (database == null || database.isEmpty()) throw new UsageException("the database URL names no database");
        parameters = withDefaults(parameters);
    }

    /** libpq's sslmode values; pgjdbc would refuse others only when it connects, and quote them. */
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    private static Map<String, String> withDefaults(Map<String, String> given) {
        String sslmode = given.get("sslmode");
        if (sslmode != null && !SSL_MODES.contains(sslmode)) {
            throw new UsageException("sslmode must be one of " + String.join(", ", SSL_MODES));
        }
        String timeout = given.get("connectTimeout");
        if (timeout != null && !timeout.matches("\\d{1,9}")) {
            throw new UsageException("connect_timeout (PGCONNECT_TIMEOUT) must be a whole number of seconds, 0 or more");
        }
        Map<String, String> all = new TreeMap<>(given);
        all.putIfAbsent("ApplicationName", APPLICATION_NAME);
        all.putIfAbsent("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        all.putIfAbsent("loginTimeout", all.get("connectTimeout"));
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Parses {@code postgres://}, {@code postgresql://} and {@code jdbc:postgresql://} URLs. */
    public static ConnectionSpec parse(String url) {
        return ConnectionUrls.parse(url);
    }

    /**
     * The connection the user configured: {@code --url}, else {@code $DATABASE_URL}, else the libpq variables when
     * PGHOST or PGDATABASE is set. Empty means nothing is configured.
     */
    public static Optional<ConnectionSpec> resolve(String urlOption, Map<String, String> env) {
        if (present(urlOption)) return Optional.of(withEnvPassword(parse(urlOption), env));
        if (present(env.get("DATABASE_URL"))) return Optional.of(withEnvPassword(parse(env.get("DATABASE_URL")), env));
        if (present(env.get("PGHOST")) || present(env.get("PGDATABASE"))) return Optional.of(ConnectionUrls.fromLibpq(env));
        return Optional.empty();
    }

    /** As libpq does, PGPASSWORD supplies the password a URL leaves out. */
    private static ConnectionSpec withEnvPassword(ConnectionSpec spec, Map<String, String> env) {
        if (spec.password() != null || !present(env.get("PGPASSWORD"))) return spec;
        return new ConnectionSpec(spec.hosts(), spec.database(), spec.user(), env.get("PGPASSWORD"), spec.parameters());
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The JDBC URL, without user or password. */
    public String jdbcUrl() {
        String hostList = hosts.stream().map(HostPort::toString).collect(Collectors.joining(","));
        return "jdbc:postgresql://" + hostList + "/" + Percent.encode(database);
    }

    /** Everything pgjdbc needs besides the URL, password included. */
    public Properties properties() {
        Properties props = new Properties();
        props.putAll(parameters);
        if (user != null) props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        // The extended protocol parses each statement on its own and the server refuses a second command in it;
        // the simple protocol would run every statement of a string. Whatever the URL says, extended it is.
        props.setProperty("preferQueryMode", "extended");
        return props;
    }

    /** For people: {@code postgres://app:*****@db.internal:5432/app}. */
    public String redacted() {
        String hostList = hosts.stream().map(HostPort::toString).collect(Collectors.joining(","));
        return "postgres://" + userInfo() + hostList + "/" + Percent.encode(database);
    }

    private String userInfo() {
        if (user == null) return password == null ? "" : ":" + Redactor.MASK + "@";
        return Percent.encode(user) + (password == null ? "" : ":" + Redactor.MASK) + "@";
    }

    @Override
    public String toString() {
        return redacted();
    }
}
