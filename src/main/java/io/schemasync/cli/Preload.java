package io.schemasync.cli;

import java.util.List;

/**
 * Loads the JDBC driver's connection classes on a second thread while the main one parses the command line: a
 * fresh JVM (a release phase's container) otherwise loads them one after the other, and a no-op run answered from
 * {@code schemasync.in_sync} spends a good part of its time there. Nothing depends on it finishing: the main
 * thread loads whatever is not loaded yet itself (class loading is thread-safe).
 */
final class Preload {
    private static final List<String> CLASSES = List.of("org.postgresql.Driver", "org.postgresql.PGProperty",
            "org.postgresql.jdbc.PgConnection", "org.postgresql.core.v3.ConnectionFactoryImpl",
            "org.postgresql.core.v3.QueryExecutorImpl", "org.postgresql.core.PGStream",
            "org.postgresql.jdbc.PgPreparedStatement", "org.postgresql.jdbc.PgResultSet",
            "org.postgresql.jdbc.PgArray", "org.postgresql.core.v3.SimpleQuery", "org.postgresql.core.Parser",
            "org.postgresql.jdbc.TypeInfoCache", "io.schemasync.dryrun.InSync", "io.schemasync.catalog.CatalogDigest",
            "io.schemasync.render.TextRenderer");

    private Preload() {}

    static void start() {
        Thread thread = new Thread(() -> {
            for (String name : CLASSES) {
                try {
                    Class.forName(name, true, Preload.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    return; // only time is at stake
                }
            }
        }, "schemasync-preload");
        thread.setDaemon(true);
        thread.start();
    }
}
