package io.schemasync.cli;

import io.schemasync.cli.ConnectionSpec.HostPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses the URL forms and the libpq environment into a {@link ConnectionSpec}. */
final class ConnectionUrls {
    /** libpq URI query parameters and the pgjdbc properties they become; others pass through unchanged. */
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.of(
            "application_name", "ApplicationName",
            "connect_timeout", "connectTimeout",
            "target_session_attrs", "targetServerType");

    private ConnectionUrls() {}

    static ConnectionSpec parse(String url) {
        String trimmed = url.strip();
        for (String scheme : List.of("postgres://", "postgresql://", "jdbc:postgresql://")) {
            if (trimmed.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return parseAfterScheme(trimmed.substring(scheme.length()));
            }
        }
        throw new UsageException("unsupported database URL (expected postgres://, postgresql:// or jdbc:postgresql://): "
                + schemeOf(trimmed));
    }

    private static String schemeOf(String url) {
        int colon = url.indexOf(':');
        return colon < 0 ? "no scheme" : url.substring(0, colon) + ":";
    }

    /**
     * {@code [user[:password]@]host[:port][,host[:port]...][/database][?param=value&...]}. The credentials end at
     * the last '@' before the query, so an unencoded '@', ':' or '/' in a password still parses.
     */
    private static ConnectionSpec parseAfterScheme(String rest) {
        int query = rest.indexOf('?');
        String head = query < 0 ? rest : rest.substring(0, query);
        Map<String, String> params = query < 0 ? new LinkedHashMap<>() : parseQuery(rest.substring(query + 1));
        int at = head.lastIndexOf('@');
        String userInfo = at < 0 ? null : head.substring(0, at);
        String hostAndPath = head.substring(at + 1);
        int slash = hostAndPath.indexOf('/');
        String hostPart = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String path = slash < 0 ? "" : Percent.decode(hostAndPath.substring(slash + 1));
        return build(userInfo, parseHosts(hostPart), path, params);
    }

    private static ConnectionSpec build(String userInfo, List<HostPort> hosts, String path,
                                        Map<String, String> params) {
        String user = params.remove("user");
        String password = params.remove("password");
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = Percent.decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) password = Percent.decode(userInfo.substring(colon + 1));
        }
        String dbname = params.remove("dbname");
        String database = !path.isEmpty() ? path : dbname != null ? dbname : user;
        return new ConnectionSpec(hosts, database, emptyToNull(user), password, params);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static List<HostPort> parseHosts(String hostPart) {
        List<HostPort> hosts = new ArrayList<>();
        for (String one : hostPart.split(",", -1)) hosts.add(parseHost(one));
        return hosts;
    }

    private static HostPort parseHost(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) throw new UsageException("invalid IPv6 host in the database URL: missing ']'");
            return new HostPort(text.substring(1, close), port(text.substring(close + 1).replaceFirst("^:", "")));
        }
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? text : text.substring(0, colon);
        return new HostPort(host.isEmpty() ? "localhost" : Percent.decode(host), port(colon < 0 ? "" : text.substring(colon + 1)));
    }

    private static int port(String text) {
        if (text.isEmpty()) return ConnectionSpec.DEFAULT_PORT;
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("invalid port in the database URL: " + text);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = Percent.decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : Percent.decode(pair.substring(eq + 1));
            params.put(LIBPQ_TO_PGJDBC.getOrDefault(key, key), value);
        }
        return params;
    }

    /** The libpq variables; their defaults follow libpq (port 5432, database named after the user). */
    static ConnectionSpec fromLibpq(Map<String, String> env) {
        String pghost = env.getOrDefault("PGHOST", "");
        if (pghost.startsWith("/")) {
            throw new UsageException("PGHOST=" + pghost + " is a Unix-domain socket directory; schemasync connects "
                    + "over TCP: set PGHOST=localhost (or a host name)");
        }
        String[] ports = env.getOrDefault("PGPORT", "").split(",");
        String[] names = (ConnectionSpec.present(pghost) ? pghost : "localhost").split(",");
        List<HostPort> hosts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            hosts.add(new HostPort(names[i].strip(), port(ports[Math.min(i, ports.length - 1)].strip())));
        }
        String user = ConnectionSpec.present(env.get("PGUSER")) ? env.get("PGUSER") : System.getProperty("user.name");
        String database = ConnectionSpec.present(env.get("PGDATABASE")) ? env.get("PGDATABASE") : user;
        String password = ConnectionSpec.present(env.get("PGPASSWORD")) ? env.get("PGPASSWORD") : null;
        return new ConnectionSpec(hosts, database, user, password, libpqParameters(env));
    }

    private static Map<String, String> libpqParameters(Map<String, String> env) {
        Map<String, String> params = new LinkedHashMap<>();
        Map.of("PGSSLMODE", "sslmode", "PGSSLROOTCERT", "sslrootcert", "PGAPPNAME", "ApplicationName",
                "PGCONNECT_TIMEOUT", "connectTimeout", "PGOPTIONS", "options").forEach((var, property) -> {
            if (ConnectionSpec.present(env.get(var))) params.put(property, env.get(var));
        });
        return params;
    }
}
