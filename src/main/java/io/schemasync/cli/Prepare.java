package io.schemasync.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The training run of {@code schemasync prepare} (a launcher command): what the JVM records into the class cache
 * that the launcher then keeps in the install itself, for runs in fresh containers that keep no cache of their
 * own. It needs no database: it validates a sample schema and plans it against a port where nothing listens (the
 * command line, the YAML loader, the validator, the JDBC driver's connect path and the error output run), and
 * loads, without initializing them, the classes of schemasync, the JDBC driver and picocli, so that the cache
 * holds them loaded and linked. Nothing it writes leaves a temporary directory, which it removes.
 */
public final class Prepare {
    /** The packages whose every class the cache should hold: ours, the JDBC driver's, the command line's. */
    private static final List<String> PACKAGES = List.of("io/schemasync/", "org/postgresql/", "picocli/");
    private static final String SCHEMA = """
            schemas:
              public:
                enums:
                  status: [open, closed]
                sequences:
                  ticket_number: { start: 1000 }
                tables:
                  customer:
                    comment: People
                    columns:
                      id:         { type: bigint, identity: always }
                      email:      { type: text, nullable: false }
                      created_at: { type: timestamptz, nullable: false, default: now() }
                    primary_key: [id]
                    unique:
                      customer_email_key: [email]
                  ticket:
                    columns:
                      id:          { type: bigint, identity: always }
                      customer_id: { type: bigint, nullable: false }
                      status:      { type: status, nullable: false, default: "'open'" }
                      total:       { type: "numeric(12,2)", nullable: false, default: 0 }
                    primary_key: [id]
                    checks:
                      ticket_total_nonnegative: total >= 0
                    foreign_keys:
                      ticket_customer_fk: { columns: [customer_id], references: customer(id), on_delete: cascade }
                    indexes:
                      ticket_customer_idx: { columns: [customer_id, id desc] }
                      ticket_open_idx:     { columns: [status], where: "status <> 'closed'" }
            """;

    private Prepare() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("schemasync-prepare");
        try {
            Path schema = Files.createDirectories(dir.resolve("schema"));
            Files.writeString(schema.resolve("public.yaml"), SCHEMA);
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true);
            Map<String, String> env = Map.of();
            Main.run(new String[] {"validate", "-s", schema.toString()}, nowhere, nowhere, env, dir);
            // Port 1 on the loopback: refused at once, after the driver's whole connect path has run.
            Main.run(new String[] {"plan", "-s", schema.toString(), "--url", "postgres://prepare@127.0.0.1:1/prepare"},
                    nowhere, nowhere, env, dir);
            Main.run(new String[] {"plan", "--help"}, nowhere, nowhere, env, dir);
            loadAll();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Loads, without running its static initializer, every class of {@link #PACKAGES} in the jars on the class path. */
    private static void loadAll() throws IOException {
        ClassLoader loader = Prepare.class.getClassLoader();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar")) continue;
            try (JarFile jar = new JarFile(entry)) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    String name = e.getName();
                    if (!name.endsWith(".class") || name.contains("-") || PACKAGES.stream().noneMatch(name::startsWith)) {
                        continue;
                    }
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError ignored) {
                        // an optional dependency's class (OSGi, JNA, Kerberos...): the cache simply lacks it
                    }
                }
            }
        }
    }
}
