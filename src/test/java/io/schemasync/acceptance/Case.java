package io.schemasync.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One acceptance case: a directory {@code <area>/<name>/} holding
 * <ul>
 *   <li>{@code setup.sql}: run first on every database of the case (objects schemasync does not manage);</li>
 *   <li>{@code before.sql}: run on a fresh database first (missing: the database starts empty);</li>
 *   <li>{@code schema.yaml}, or a {@code schema/} directory of YAML files: the desired schema;</li>
 *   <li>{@code expected.txt}: the plan as {@code TextRenderer.render(plan, "test", false)} prints it;</li>
 *   <li>{@code plan.sql}: the SQL of every step, as apply sends it (see {@code AcceptanceTest.statements});</li>
 *   <li>{@code expected.pgNN.txt}, {@code plan.pgNN.sql} (optional): the same files as PostgreSQL NN (exactly that
 *       major) prints them, where its plan differs from the default test server's: its canonical text (a view's
 *       query on 13) or its forms (SET NOT NULL is a NOT NULL constraint NOT VALID on 18). Written, and removed
 *       where no longer needed, by {@code -Dschemasync.updateExpected=true} on that major;
 *       {@code plan.pgNN-MM.sql}, {@code expected.pgNN-MM.txt}: one file for the majors NN to MM, where they print
 *       the same ({@code scripts/compact-plan-variants} merges such files); an exact major's file wins over it;</li>
 *   <li>{@code applied.yaml} (every applied case under {@code hostile/}): the managed schemas after apply as
 *       {@code introspect} writes them, which shows in the server's own text exactly what was created;</li>
 *   <li>{@code options} (optional): lines {@code allow-destructive}, {@code unmanaged drop} (what the YAML does
 *       not mention in its schemas is planned as drops, as {@code unmanaged: drop} in the project file asks) and
 *       {@code min-version N};</li>
 *   <li>{@code exit.txt} (optional): {@code refused} (the plan refuses a step and apply changes nothing) or
 *       {@code unsupported} (the same, and a refused step is one PostgreSQL cannot do in place);</li>
 *   <li>{@code error.txt} (optional): the schema must be rejected, by the loader or by the server while planning;
 *       every line must appear in the message (paths relative to the case directory).</li>
 * </ul>
 */
record Case(String name, Path dir, boolean allowDestructive, boolean dropUnmanaged, int minVersion, String exit,
            List<String> errorLines) {
    private static final Set<String> EXITS = Set.of("refused", "unsupported");
    private static final Set<String> FILES = Set.of("setup.sql", "before.sql", "schema.yaml", "schema", "expected.txt",
            "plan.sql", "options", "exit.txt", "error.txt", "applied.yaml");
    /**
     * {@code expected.pg13.txt}, {@code plan.pg13-15.sql}: the file as one major, or each major of a range, prints it
     * (see {@link #variant} and {@link #range}).
     */
    private static final java.util.regex.Pattern VARIANT =
            java.util.regex.Pattern.compile("(expected|plan)\\.pg(1[3-9])(?:-(1[3-9]))?\\.(txt|sql)");

    /** The name of the file's variant for one major: plan.sql → plan.pg13.sql. */
    static String variant(String file, int major) {
        int dot = file.lastIndexOf('.');
        return file.substring(0, dot) + ".pg" + major + file.substring(dot);
    }

    /** The name of the file's variant for a range of majors that holds {@code major}, if the case has one. */
    static java.util.Optional<String> range(Path dir, String file, int major) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> {
                var m = VARIANT.matcher(f);
                return m.matches() && m.group(3) != null && file.equals(m.group(1) + "." + m.group(4))
                        && Integer.parseInt(m.group(2)) <= major && major <= Integer.parseInt(m.group(3));
            }).findFirst();
        }
    }

    static List<Case> findAll(Path root) throws IOException {
        try (Stream<Path> areas = Files.list(root)) {
            return areas.filter(Files::isDirectory).flatMap(Case::children).sorted()
                    .map(dir -> load(root, dir)).toList();
        }
    }

    private static Stream<Path> children(Path area) {
        try {
            return Files.list(area).filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case load(Path root, Path dir) {
        String name = root.relativize(dir).toString().replace('\\', '/');
        try {
            checkFiles(name, dir);
            boolean allow = false;
            boolean drop = false;
            int minVersion = 0;
            for (String line : lines(dir.resolve("options"))) {
                if (line.equals("allow-destructive")) allow = true;
                else if (line.equals("unmanaged drop")) drop = true;
                else if (line.startsWith("min-version ")) minVersion = Integer.parseInt(line.substring(12).strip());
                else throw new IllegalArgumentException(name + "/options: unknown option \"" + line + "\"");
            }
            List<String> exit = lines(dir.resolve("exit.txt"));
            if (exit.size() > 1 || !exit.isEmpty() && !EXITS.contains(exit.get(0))) {
                throw new IllegalArgumentException(name + "/exit.txt must hold one of " + EXITS + ": " + exit);
            }
            return new Case(name, dir, allow, drop, minVersion, exit.isEmpty() ? null : exit.get(0),
                    lines(dir.resolve("error.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A misspelt file name would silently change what a case checks. */
    private static void checkFiles(String name, Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String file = f.getFileName().toString();
                if (!FILES.contains(file) && !VARIANT.matcher(file).matches()) {
                    throw new IllegalArgumentException(name + ": unknown file " + file);
                }
                checkRange(name, dir, file);
            }
        }
        if (!Files.exists(dir.resolve("schema.yaml")) && !Files.isDirectory(dir.resolve("schema"))) {
            throw new IllegalArgumentException(name + ": has neither schema.yaml nor schema/");
        }
    }

    /** A range runs upwards and shares no major with another range of the same file. */
    private static void checkRange(String name, Path dir, String file) throws IOException {
        var m = VARIANT.matcher(file);
        if (!m.matches() || m.group(3) == null) return;
        int from = Integer.parseInt(m.group(2)), to = Integer.parseInt(m.group(3));
        if (from >= to) throw new IllegalArgumentException(name + ": " + file + " must name a range, low to high");
        for (int major = from; major <= to; major++) {
            var other = range(dir, m.group(1) + "." + m.group(4), major);
            if (other.isPresent() && !other.get().equals(file)) {
                throw new IllegalArgumentException(name + ": " + file + " and " + other.get() + " both hold " + major);
            }
        }
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * {@code setup.sql}: what every database of the case has and schemasync leaves alone (an unmanaged schema that
     * the YAML references, a domain, a function used in a default); run before {@code before.sql}, and also on the
     * database built straight from the YAML and on the one the SQL script runs on.
     */
    String setupSql() throws IOException {
        Path file = dir.resolve("setup.sql");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    String beforeSql() throws IOException {
        Path file = dir.resolve("before.sql");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    List<Path> schemaPaths() {
        Path dirForm = dir.resolve("schema");
        return List.of(Files.isDirectory(dirForm) ? dirForm : dir.resolve("schema.yaml"));
    }

    /** How the case is planned and applied. */
    io.schemasync.dryrun.DryRun.Settings settings() {
        return new io.schemasync.dryrun.DryRun.Settings(allowDestructive, dropUnmanaged);
    }

    boolean isErrorCase() {
        return !errorLines.isEmpty();
    }

    /** The hostile-input corpus (issue 12): run with a {@link Canary} around it, error cases refused offline. */
    boolean isHostile() {
        return name.startsWith("hostile/");
    }

    boolean expectsRefusal() {
        return exit != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
