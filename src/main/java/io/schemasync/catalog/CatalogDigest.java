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
    private CatalogDigest() {}

    /** The digest, with the number of statements it sent. */
    public record Result(String digest, int statements) {}

    public static Result of(Connection c, Collection<String> managed) throws SQLException {
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
        for (CatalogQueries.Query q : queries) all.append(q.name()).append(' ').append(hash(c, q)).append('\n');
        if (Boolean.getBoolean("schemasync.digest.debug")) System.err.println(all);
        return new Result(Fingerprint.sha256(all.toString()), 2 + queries.size());
    }

    /**
     * What a plan reads besides the model (see {@code dryrun.DryRun}): what views read, the invalid indexes, the
     * connecting role (who owns what the plan creates) and the schemas of the installed extensions. Not the list of
     * the cluster's roles, which a plan reads only to refuse a YAML naming a role that does not exist: a role that
     * a YAML in sync names owns something, holds a privilege or is named by a policy, so it cannot be dropped or
     * renamed without changing what is hashed here — and roles created for others must not cost every run.
     */
    private static List<CatalogQueries.Query> planContext(String[] managed) {
        return List.of(new CatalogQueries.Query("view reads", CatalogSql.VIEW_READS, new Object[0]),
                new CatalogQueries.Query("invalid indexes", CatalogSql.INVALID_INDEXES, new Object[] {managed}),
                new CatalogQueries.Query("session", "select current_user::text, array(select x.extname::text || ' '"
                        + " || x.extnamespace::regnamespace::text from pg_catalog.pg_extension x order by 1)", new Object[0]));
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
