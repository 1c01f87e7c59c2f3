package io.schemasync.catalog;

import io.schemasync.model.Fingerprint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One hash of everything a catalog read of the given managed schemas sees: the server's version and extensions,
 * the schemas, and the output of every other query of the read ({@link CatalogQueries}, the same SQL with the
 * same binds), each hashed on the server (md5 of its rows as text, in text order) so that only the hashes cross
 * the wire. Two catalogs with the same digest read into the same model; any change the reader would see changes
 * the digest. No model is built and no jOOQ is involved: this is the cheap half of a no-op plan (see
 * {@code dryrun.InSync}).
 * <p>
 * It runs in the caller's transaction, which should be REPEATABLE READ so that every query sees one snapshot.
 */
public final class CatalogDigest {
    /** The queries that take longest on a large schema (measured at 1,000 and 5,000 tables), which start first. */
    private static final List<String> COSTLIEST = List.of("columns", "constraints", "indexes", "access", "tables");

    private CatalogDigest() {}

    /** The digest, with the number of statements it sent. */
    public record Result(String digest, int statements) {}

    public static Result of(Connection c, Collection<String> managed) throws SQLException {
        return of(c, managed, null);
    }

    /**
     * The same, sharing the queries with {@code helper} when there is one: a second connection already in a
     * transaction on the same snapshot as {@code c} (see {@link #share}), so that two server processes hash at
     * once; each takes the next query as it finishes one. The digest is the same either way.
     */
    public static Result of(Connection c, Collection<String> managed, Connection helper) throws SQLException {
        StringBuilder all = new StringBuilder("catalog digest 1\n");
        ServerInfo server;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CatalogSql.SERVER)) {
            rs.next();
            Set<String> extensions = new TreeSet<>(Arrays.asList(strings(rs.getArray("extensions"))));
            server = new ServerInfo(rs.getInt("version_num"), rs.getString("version"), extensions);
            all.append("server ").append(server.versionNum()).append(' ').append(server.version()).append(' ')
                    .append(extensions).append('\n');
        }
        Set<String> present = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CatalogSql.SCHEMAS)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString("name");
                if (managed.contains(name)) present.add(name);
                rows.add(name + "\0" + rs.getString("comment"));
            }
            rows.sort(null);
            all.append("schemas ").append(Fingerprint.sha256(String.join("\n", rows))).append('\n');
        }
        String[] names = present.toArray(String[]::new);
        List<CatalogQueries.Query> queries = new ArrayList<>(CatalogQueries.of(server, names).all());
        queries.addAll(planContext(names));
        String[] hashes = hashAll(c, helper, queries);
        for (int i = 0; i < queries.size(); i++) all.append(queries.get(i).name()).append(' ').append(hashes[i]).append('\n');
        if (Boolean.getBoolean("schemasync.digest.debug")) System.err.println(all);
        return new Result(Fingerprint.sha256(all.toString()), 2 + queries.size());
    }

    /**
     * What a plan reads besides the model (see {@code dryrun.DryRun}): what views read, the invalid indexes and the
     * schemas of the installed extensions. Not the connecting role: it decides only who owns what a plan creates
     * (and the default privileges that apply), and a database in sync has nothing to create — so a read-only
     * drift-check role is answered by the record of the owner's apply when it reads the same catalog. Not the list of
     * the cluster's roles, which a plan reads only to refuse a YAML naming a role that does not exist: a role that
     * a YAML in sync names owns something, holds a privilege or is named by a policy, so it cannot be dropped or
     * renamed without changing what is hashed here — and roles created for others must not cost every run.
     */
    private static List<CatalogQueries.Query> planContext(String[] managed) {
        return List.of(new CatalogQueries.Query("view reads", CatalogSql.VIEW_READS, new Object[0]),
                new CatalogQueries.Query("invalid indexes", CatalogSql.INVALID_INDEXES, new Object[] {managed}),
                new CatalogQueries.Query("extension schemas", "select array(select x.extname::text || ' '"
                        + " || x.extnamespace::regnamespace::text from pg_catalog.pg_extension x order by 1)", new Object[0]));
    }

    /** The hashes of the queries, in their order: on {@code c} alone, or on both connections at once. */
    private static String[] hashAll(Connection c, Connection helper, List<CatalogQueries.Query> queries)
            throws SQLException {
        String[] hashes = new String[queries.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        // Each takes the next query when done with one; the costliest lead the list (columns, constraints,
        // indexes), so that the two finish about together.
        if (helper == null) {
            for (int i = 0; i < queries.size(); i++) hashes[i] = hash(c, queries.get(i));
            return hashes;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparingInt(i -> {
            int at = COSTLIEST.indexOf(queries.get(i).name());
            return at < 0 ? COSTLIEST.size() : at;
        }));
        java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                for (int n = next.getAndIncrement(); n < order.size(); n = next.getAndIncrement()) {
                    hashes[order.get(n)] = hash(helper, queries.get(order.get(n)));
                }
            } catch (SQLException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        SQLException failed = null;
        try {
            for (int n = next.getAndIncrement(); n < order.size(); n = next.getAndIncrement()) {
                hashes[order.get(n)] = hash(c, queries.get(order.get(n)));
            }
        } catch (SQLException e) {
            failed = e;
        }
        try {
            other.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (failed == null) failed = e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        }
        if (failed != null) throw failed;
        return hashes;
    }

    /**
     * Puts {@code helper} (autocommit, idle) into a READ ONLY transaction on the snapshot of {@code c}'s open
     * REPEATABLE READ transaction, with JIT off as the catalog read has it. False when the helper cannot take it
     * (then the digest runs on {@code c} alone); an error when {@code c} cannot export its snapshot, which fails
     * its transaction (not in a savepoint: a subtransaction cannot export one).
     */
    public static boolean share(Connection c, Connection helper) throws SQLException {
        String snapshot;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        try {
            if (snapshot == null || !snapshot.matches("[0-9A-Fa-f-]+")) return false;
            try (Statement st = helper.createStatement()) {
                st.execute("SET jit = off");
                helper.setAutoCommit(false);
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                st.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The md5 of the query's rows as text, in text order, and their count: computed on the server. */
    private static String hash(Connection c, CatalogQueries.Query q) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_catalog.md5(coalesce(pg_catalog.string_agg(q::text,"
                + " E'\\n' order by q::text), '')) || ' ' || pg_catalog.count(*) from (" + q.sql() + ") q")) {
            for (int i = 0; i < q.binds().length; i++) {
                ps.setArray(i + 1, c.createArrayOf("text", (Object[]) q.binds()[i]));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
