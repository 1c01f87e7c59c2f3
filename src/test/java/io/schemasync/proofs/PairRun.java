package io.schemasync.proofs;

import io.schemasync.cli.Main;
import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.test.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One generated pair (A, B) run against two databases of one server, reused from pair to pair (each pair drops the
 * schema {@value PairSpec#SCHEMA} first): {@code schemasync apply} of A on the first, rows inserted, B applied — first
 * without {@code --allow-destructive}, which must be refused with nothing changed when B drops anything, and then
 * with it — the plan after it must be empty, and the catalog fingerprint of the crash proofs ({@link Fingerprint})
 * must equal that of the second database, built by applying B straight away; the tables B keeps hold their rows.
 */
final class PairRun {
    static final int ROWS = 3;

    /** Where a pair failed ({@code stage}), and what was seen. */
    record Failure(String stage, String detail) {
        @Override
        public String toString() {
            return stage + ": " + detail;
        }
    }

    private final TestDatabase altered;
    private final TestDatabase fresh;
    private final Path work;
    private int runs;
    private final Map<String, Long> millis = new TreeMap<>();

    PairRun(TestDatabase altered, TestDatabase fresh, Path work) {
        this.altered = altered;
        this.fresh = fresh;
        this.work = work;
    }

    /** Null when the pair holds; otherwise the first thing that went wrong. */
    Failure check(PairSpec a, List<Mutation> mutations) throws IOException, SQLException {
        PairSpec b = PairMutations.apply(a, mutations);
        List<String> destroyed = PairSpec.destroyed(a, b);
        Path dirA = write("a", PairYaml.write(a));
        Path dirB = write("b", PairYaml.write(b));
        reset(altered);
        reset(fresh);
        String[] r = cli("apply", dirA, altered, "--no-verify");
        if (!r[0].equals("0")) return new Failure("apply A", r[0] + "\n" + r[2] + r[1]);
        try {
            altered.execute(PairRows.insert(a, ROWS));
        } catch (SQLException e) {
            return new Failure("rows of A", e.getMessage());
        }
        // Read only where B must be refused (a catalog read is a good part of a pair's time).
        Fingerprint before = destroyed.isEmpty() ? null : Fingerprint.read(altered, PairSpec.SCHEMA, java.util.Set.of());
        r = cli("apply", dirB, altered);
        if (!destroyed.isEmpty() && !r[0].equals("0")) {
            // Any other failure of B is the failure of "apply B" below, with or without the flag.
            if (!r[0].equals("4")) return new Failure("apply B", r[0] + "\n" + r[2] + r[1]);
        }
        if (!destroyed.isEmpty()) {
            if (!r[0].equals("4")) return new Failure("refusal", "B drops or narrows " + destroyed + ", so apply"
                    + " without --allow-destructive must exit 4; it exited " + r[0] + "\n" + r[2] + r[1]);
            Fingerprint after = Fingerprint.read(altered, PairSpec.SCHEMA, java.util.Set.of());
            if (!after.equals(before)) return new Failure("refusal", "the refused apply changed the database:\n"
                    + diff(before.transactional(), after.transactional()));
            r = cli("apply", dirB, altered, "--allow-destructive");
        }
        if (!r[0].equals("0")) return new Failure("apply B", r[0] + "\n" + r[2] + r[1]);
        r = cli("plan", dirB, altered, "--exit-code", "--allow-destructive");
        if (!r[0].equals("0")) return new Failure("plan after B", r[0] + "\n" + r[2] + r[1]);
        r = cli("apply", dirB, fresh, "--no-verify");
        if (!r[0].equals("0")) return new Failure("apply B to an empty database", r[0] + "\n" + r[2] + r[1]);
        return compare(b);
    }

    private Failure compare(PairSpec b) throws SQLException {
        Fingerprint changed = Fingerprint.read(altered, PairSpec.SCHEMA, java.util.Set.of());
        Fingerprint straight = Fingerprint.read(fresh, PairSpec.SCHEMA, java.util.Set.of());
        String c = notValidAsValid(b, withoutRows(changed.transactional()));
        String s = notValidAsValid(b, withoutRows(straight.transactional()));
        if (!c.equals(s)) return new Failure("catalog", "A then B differs from B built straight away:\n" + diff(s, c));
        if (!changed.invalidIndexes().isEmpty()) return new Failure("catalog", "invalid " + changed.invalidIndexes());
        Map<String, String> rows = rows(changed.transactional());
        Map<String, String> expected = new TreeMap<>();
        b.tables.forEach((name, t) -> expected.put(PairSpec.SCHEMA + "." + name, t.hasRows ? "" + ROWS : "0"));
        // A partitioned table's rows are in the partition of January (or of the row kinds), else in the default.
        b.parts.forEach((name, p) -> {
            String home = p.hasRows ? p.rowsGoTo() : null;
            expected.put(PairSpec.SCHEMA + "." + name, home == null ? "0" : "" + ROWS);
            p.partitions.keySet().forEach(n -> expected.put(PairSpec.SCHEMA + "." + n, n.equals(home) ? "" + ROWS : "0"));
        });
        if (!rows.equals(expected)) return new Failure("rows", "expected " + expected + ", found " + rows);
        return null;
    }

    /** The roles the grants, owners and policies name (cluster-wide: made once, before the pairs). */
    static final java.util.List<String> ROLES = java.util.List.of("pair_reader", "Pair Writer", "pair_owner");

    void createRoles() throws SQLException {
        StringBuilder sql = new StringBuilder("DO $$ BEGIN\n");
        for (String r : ROLES) {
            sql.append("IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '").append(r).append("') THEN CREATE ROLE ")
                    .append(PairYaml.ident(r)).append(" NOLOGIN; END IF;\n");
        }
        altered.execute(sql.append("END $$").toString());
    }

    /**
     * A check B writes {@code not_valid: true} is NOT VALID where it was added to a table with rows and valid where
     * CREATE TABLE made it (PostgreSQL validates it there, on no rows); both satisfy the YAML (docs/yaml-format.md,
     * "NOT VALID constraints"), so the two are compared as one.
     */
    private static String notValidAsValid(PairSpec b, String text) {
        for (var e : b.tables.entrySet()) {
            for (String ck : e.getValue().notValid) {
                String q = java.util.regex.Pattern.quote(ck);
                text = text.replaceAll("(?m)^(\\s*" + q + "): \\{ expression: (.*), not_valid: true }$", "$1: $2")
                        .replaceAll("(?m)^(constraint .*\\." + q + ") validated false$", "$1 validated true");
            }
        }
        return text;
    }

    int runs() {
        return runs;
    }

    private static String withoutRows(String text) {
        return String.join("\n", text.lines().filter(l -> !l.startsWith("rows of ")).toList());
    }

    private static Map<String, String> rows(String text) {
        Map<String, String> out = new TreeMap<>();
        text.lines().filter(l -> l.startsWith("rows of ")).forEach(l -> {
            String rest = l.substring("rows of ".length());
            int colon = rest.lastIndexOf(": ");
            out.put(rest.substring(0, colon), rest.substring(colon + 2));
        });
        return out;
    }

    /** The lines of {@code actual} that {@code expected} lacks (+) and those it has that are missing (-). */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        List<String> out = new ArrayList<>();
        for (String line : e) if (!a.contains(line)) out.add("- " + line);
        for (String line : a) if (!e.contains(line)) out.add("+ " + line);
        return out.isEmpty() ? "(the same lines in another order)\n--- expected\n" + expected + "\n--- actual\n" + actual
                : String.join("\n", out);
    }

    private Path write(String name, String yaml) throws IOException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("schema.yaml"), yaml);
        return dir;
    }

    private static void reset(TestDatabase db) throws SQLException {
        db.execute("DROP SCHEMA IF EXISTS " + PairSpec.SCHEMA + " CASCADE");
    }

    /** Milliseconds spent in each command, for the figures. */
    Map<String, Long> millis() {
        return millis;
    }

    private String[] cli(String command, Path schema, TestDatabase db, String... more) {
        runs++;
        long t0 = System.nanoTime();
        List<String> args = new ArrayList<>(List.of(command, "-s", schema.toString(), "--url", db.postgresUrl(),
                "--color", "never"));
        args.addAll(List.of(more));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), work);
        millis.merge(command + (more.length > 0 && more[0].equals("--allow-destructive") ? " destructive" : ""),
                (System.nanoTime() - t0) / 1_000_000, Long::sum);
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }
}
