package io.schemasync.cli;

import io.schemasync.cli.ConnectionSpec.HostPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses the URL forms and the libpq environment into a {@link ConnectionSpec}. */
final class ConnectionUrls {
    /** libpq URI query parameters and the pgjdbc properties they become; others pass through unchanged. */
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.of(
            "application_name", "ApplicationName",
            "connect_timeout", "connectTimeout",
            "target_session_attrs", "targetServerType");

    private ConnectionUrls() {}

    /** What the messages about a malformed URL suggest, since they never quote the URL (it may hold a password). */
    static final String ENCODE = "percent-encode '@', ':', '/', '?', '#' and '&' in a user name or password"
            + " (%40 %3A %2F %3F %23 %26)";
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** A host name (letters of any script, digits, '.', '-', '_') or an IPv4 address. */
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?");

    static ConnectionSpec parse(String url) {
        String trimmed = url.strip();
        for (String scheme : List.of("postgres://", "postgresql://", "jdbc:postgresql://")) {
            if (trimmed.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return parseAfterScheme(trimmed.substring(scheme.length()), !scheme.startsWith("jdbc:"));
            }
        }
        // Nothing of the URL is quoted: a URL without its scheme may begin with a user name and password.
        throw new UsageException("unsupported database URL: it must start with postgres://, postgresql:// or"
                + " jdbc:postgresql://");
    }

    /**
     * {@code [user[:password]@]host[:port][,host[:port]...][/database][?param=value&...]}. The credentials end at
     * the last '@' before the query, so an unencoded '@', ':' or '/' in a password still parses. An unencoded '?'
     * in a password would end the host part early and put the rest of the password into the query; a URL that
     * can be read so (an '@' after the '?' and none before it) is refused rather than guessed at.
     */
    private static ConnectionSpec parseAfterScheme(String rest, boolean userinfoForm) {
        int query = rest.indexOf('?');
        String head = query < 0 ? rest : rest.substring(0, query);
        if (userinfoForm && query >= 0 && head.indexOf('@') < 0 && rest.indexOf('@', query) >= 0) {
            throw new UsageException("the database URL has an '@' after its '?' (a '?' in the password?): " + ENCODE
                    + ", and '@' in a parameter value as %40");
        }
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
        String[] each = hostPart.split(",", -1);
        for (String one : each) {
            if (one.isEmpty() && each.length > 1) {
                throw new UsageException("the database URL has an empty host in its list of hosts; " + ENCODE);
            }
            hosts.add(parseHost(one));
        }
        return hosts;
    }

    private static HostPort parseHost(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) throw new UsageException("invalid IPv6 host in the database URL: missing ']'");
            String after = text.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw new UsageException("invalid IPv6 host in the database URL: text after ']' that is not :port; "
                        + ENCODE);
            }
            String address = text.substring(1, close);
            if (!IPV6.matcher(address).matches()) {
                throw new UsageException("invalid IPv6 host in the database URL: not an IPv6 address; " + ENCODE);
            }
            return new HostPort(address, port(after.replaceFirst("^:", ""), "the database URL"));
        }
        int colon = text.lastIndexOf(':');
        String host = Percent.decode(colon < 0 ? text : text.substring(0, colon));
        if (!host.isEmpty() && !HOST.matcher(host).matches()) {
            throw new UsageException("invalid host name in the database URL; " + ENCODE);
        }
        return new HostPort(host.isEmpty() ? "localhost" : host, port(colon < 0 ? "" : text.substring(colon + 1),
                "the database URL"));
    }

    /** A port; the text is not quoted in the message: a misplaced password can end up where the port goes. */
    private static int port(String text, String where) {
        if (text.isEmpty()) return ConnectionSpec.DEFAULT_PORT;
        if (text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) return port;
        }
        throw new UsageException("invalid port in " + where + ": a port is a number from 1 to 65535"
                + (where.equals("the database URL") ? "; " + ENCODE : ""));
    }

    /** {@code name=value} pairs; a pair without '=' or with an odd name is refused (and not quoted). */
    private static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = eq < 0 ? "" : Percent.decode(pair.substring(0, eq));
            if (!PARAMETER.matcher(key).matches()) {
                throw new UsageException("a parameter of the database URL is not name=value; " + ENCODE
                        + ", '=' as %3D");
            }
            params.put(LIBPQ_TO_PGJDBC.getOrDefault(key, key), Percent.decode(pair.substring(eq + 1)));
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
            hosts.add(new HostPort(names[i].strip(), port(ports[Math.min(i, ports.length - 1)].strip(), "PGPORT")));
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
