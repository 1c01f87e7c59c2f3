package io.schemasync.proofs;

import io.schemasync.proofs.PairMutations.Mutation;
import io.schemasync.proofs.PairRun.Failure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs generated pairs: pair {@code i} of seed {@code s} is A and its mutations drawn from
 * {@code new Random(s * 1_000_003 + i)}, so {@code -Dschemasync.seed=s -Dschemasync.pair=i} replays it alone. A pair
 * that fails is shrunk — mutations, then objects of A, then columns, keys and indexes dropped one at a time while the
 * pair still fails at the same stage — and reported with the seed, its index and the minimal YAML pair.
 */
final class PairSweep {
    private final PairRun run;
    private final Map<String, Integer> mutationKinds = new TreeMap<>();
    private int pairs;
    private int destructive;
    private int mutations;

    PairSweep(PairRun run) {
        this.run = run;
    }

    record Pair(PairSpec a, List<Mutation> mutations) {}

    static Pair generate(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        PairGenerator g = new PairGenerator(r);
        PairSpec a = g.schemaA();
        return new Pair(a, new PairMutations(g).make(a, 1 + r.nextInt(4)));
    }

    /** The report of a failing pair (shrunk), or null. */
    String one(long seed, int index) throws Exception {
        Pair p = generate(seed, index);
        pairs++;
        mutations += p.mutations().size();
        if (!PairSpec.destroyed(p.a(), PairMutations.apply(p.a(), p.mutations())).isEmpty()) destructive++;
        for (Mutation m : p.mutations()) mutationKinds.merge(kind(m.label()), 1, Integer::sum);
        Failure f = run.check(p.a(), p.mutations());
        if (f == null) return null;
        Pair small = shrink(p, signature(f));
        Failure last = run.check(small.a(), small.mutations());
        if (last == null) last = f;
        PairSpec b = PairMutations.apply(small.a(), small.mutations());
        boolean sd = !PairSpec.destroyed(small.a(), b).isEmpty();
        return "generated pair failed: seed " + seed + ", pair " + index + " (replay with -Dschemasync.seed=" + seed
                + " -Dschemasync.pair=" + index + ")\n" + last + "\n--- mutations: " + small.mutations()
                + "\n--- A (schema.yaml of the first apply):\n" + PairYaml.write(small.a())
                + "--- rows inserted after A:\n" + PairRows.insert(small.a(), PairRun.ROWS)
                + "--- B (schema.yaml" + (sd ? ", applied with --allow-destructive" : "") + "):\n"
                + PairYaml.write(b) + "--- the failure before shrinking: " + f;
    }

    private static final List<String> KINDS = List.of("add type", "drop type", "rename type", "comment on type",
            "add an attribute to", "drop an attribute of", "rename an attribute of", "type of an attribute of",
            "reorder the attributes of", "subtype of range", "add trigger", "drop trigger", "rename trigger",
            "redefine trigger", "enabled of trigger", "comment on trigger function", "comment on trigger",
            "add materialized view", "drop materialized view",
            "add policy", "drop policy", "rename policy", "roles of policy", "using of policy", "with_check of policy",
            "command of policy", "permissive of policy", "comment on policy", "row level security of",
            "owner of table", "owner of sequence", "owner of function", "owner of procedure", "owner of view",
            "owner of materialized view", "revoke a column privilege", "revoke a privilege", "grant on table",
            "grant on sequence", "grant on function", "grant on procedure", "grant on view", "grant on materialized view",
            "add partitioned table", "drop partitioned table", "add partition", "drop partition", "bound of partition",
            "add an index to partitioned table", "drop the first index of partitioned table", "add a column to partitioned table", "fillfactor and comment of",
            "unlogged of", "storage parameter", "add a not_valid check", "validate the checks", "add an exclusion",
            "drop the first exclusion",
            "where of materialized view", "rename materialized view", "add an index to materialized view",
            "drop the first index of materialized view", "comment on materialized view", "remove a value of enum",
            "reorder the values of enum", "rename enum", "rename a value of enum", "add enum", "add value", "comment on enum", "drop enum",
            "add sequence", "drop sequence", "comment on sequence", "alter sequence", "add domain", "drop domain",
            "default of domain", "add a check to domain", "drop a check of domain", "comment on domain", "domain",
            "add view", "drop view", "where of view", "security_barrier of view", "comment on view", "view",
            "argument of", "result type of", "add functions", "add procedures", "drop functions", "drop procedures", "body of", "language of",
            "volatility of", "add table", "drop table", "rename table", "comment on table", "add column",
            "drop column", "rename column", "change the type", "set not null", "drop not null", "default of",
            "identity of", "comment on column", "add a check to", "drop the first check", "add a unique key",
            "drop the first unique key", "add a foreign key", "drop the first foreign key", "on_delete",
            "add a primary key", "drop the primary key", "add an index", "drop the first index",
            "change the first index", "rename", "comment on");

    /** The kind of a mutation: the words its label starts with, without the names. */
    private static String kind(String label) {
        return KINDS.stream().filter(label::startsWith).findFirst().orElse(label);
    }

    private Pair shrink(Pair p, String stage) throws Exception {
        List<Mutation> ms = new ArrayList<>(p.mutations());
        for (int i = ms.size() - 1; i >= 0 && ms.size() > 1; i--) {
            List<Mutation> fewer = new ArrayList<>(ms);
            fewer.remove(i);
            if (fails(p.a(), fewer, stage)) ms = fewer;
        }
        PairSpec a = p.a();
        for (Consumer<PairSpec> cut : cuts(a)) {
            PairSpec smaller = a.copy();
            cut.accept(smaller);
            if (fails(smaller, ms, stage)) a = smaller;
        }
        return new Pair(a, ms);
    }

    private boolean fails(PairSpec a, List<Mutation> ms, String signature) throws Exception {
        Failure f = run.check(a, ms);
        return f != null && signature(f).equals(signature);
    }

    /**
     * What a smaller pair must still show to count as the same failure: the stage, and for a failed command its
     * exit code and first message without file positions and numbers (an invalid A is not the failure of another).
     */
    static String signature(Failure f) {
        if (!f.stage().startsWith("apply") && !f.stage().startsWith("rows")) return f.stage();
        List<String> lines = f.detail().lines().limit(2).toList();
        return f.stage() + ": " + String.join(" ", lines).replaceAll("\\S*schema\\.yaml:\\d+:\\d+:", "")
                .replaceAll("\\d+", "#");
    }

    /** Ways to make A smaller, each naming what it removes, largest first. */
    private static List<Consumer<PairSpec>> cuts(PairSpec a) {
        List<Consumer<PairSpec>> out = new ArrayList<>();
        for (String n : a.views.keySet()) out.add(s -> s.views.remove(n));
        for (String n : a.functions.keySet()) out.add(s -> s.functions.remove(n));
        for (String n : a.procedures.keySet()) out.add(s -> s.procedures.remove(n));
        for (String n : a.tables.keySet()) out.add(s -> s.tables.remove(n));
        for (String n : a.parts.keySet()) out.add(s -> s.parts.remove(n));
        for (String n : a.seqs.keySet()) out.add(s -> s.seqs.remove(n));
        for (String n : a.domains.keySet()) out.add(s -> s.domains.remove(n));
        for (String n : a.enums.keySet()) out.add(s -> s.enums.remove(n));
        a.tables.forEach((tn, t) -> {
            for (String n : t.indexes.keySet()) out.add(s -> table(s, tn).indexes.remove(n));
            for (String n : t.checks.keySet()) out.add(s -> table(s, tn).checks.remove(n));
            for (String n : t.uniques.keySet()) out.add(s -> table(s, tn).uniques.remove(n));
            for (String n : t.fks.keySet()) out.add(s -> table(s, tn).fks.remove(n));
            for (String n : t.cols.keySet()) out.add(s -> table(s, tn).cols.remove(n));
            for (String n : t.policies.keySet()) out.add(s -> table(s, tn).policies.remove(n));
            for (String n : t.exclusions.keySet()) out.add(s -> table(s, tn).exclusions.remove(n));
            out.add(s -> table(s, tn).with.clear());
            out.add(s -> table(s, tn).access = new PairSpec.Access());
            out.add(s -> table(s, tn).comment = null);
        });
        return out;
    }

    private static PairSpec.Table table(PairSpec s, String name) {
        PairSpec.Table t = s.tables.get(name);
        return t == null ? new PairSpec.Table() : t;
    }

    /** The figures of sweeps that ran side by side. */
    static List<String> figures(List<PairSweep> sweeps) {
        int pairs = 0;
        int mutations = 0;
        int destructive = 0;
        int runs = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Long> millis = new TreeMap<>();
        for (PairSweep s : sweeps) {
            pairs += s.pairs;
            mutations += s.mutations;
            destructive += s.destructive;
            runs += s.run.runs();
            s.mutationKinds.forEach((k, n) -> kinds.merge(k, n, Integer::sum));
            s.run.millis().forEach((k, n) -> millis.merge(k, n, Long::sum));
        }
        List<String> out = new ArrayList<>();
        out.add(pairs + " pairs, " + mutations + " mutations (" + destructive + " pairs drop or narrow something:"
                + " refused without --allow-destructive first), " + runs + " runs of schemasync");
        StringBuilder line = new StringBuilder("mutations by kind:");
        kinds.forEach((k, n) -> line.append(' ').append(k).append(' ').append(n).append(','));
        out.add(line.substring(0, line.length() - 1));
        out.add("seconds in schemasync by command (all workers): " + millis.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1000).toList());
        return out;
    }
}
