package io.schemasync.canonical;

import io.schemasync.catalog.Printing;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.server.SecondSession;
import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How one run of a command materializes the YAML in one database: what it materialized before, and a second
 * connection to materialize on.
 * <p>
 * An apply plans several times against one database (the plan itself, the verification before the commit or after
 * it, the record of the schema files as in sync), and each time the same YAML is materialized: at 1,000 new tables
 * that is most of the apply's own time. What the canonical stage reads back is a function of what it materializes
 * and of the context its text resolves in (the premise of {@link KnownForms}: the server's version, the search
 * path, the user-defined functions, operators, casts, types and collations, the extensions' versions, the build).
 * So when both are equal to an earlier call's, that call's result is the answer. The context is read again for
 * every plan, so an apply that created a function, a type or an extension materializes again.
 * <p>
 * A large YAML is materialized on two server processes at once: the groups of relations that must be made together
 * (see {@link RelationGroups}) are split in two halves, each materialized with every type and routine the tables may
 * use, in its own transaction and scratch schemas, always rolled back. The second connection is used only when its
 * session reads and prints SQL as the first's does ({@link Printing}, the same role, the same context) and the first
 * has written nothing in its transaction (what it wrote, the second could not see); otherwise one connection does
 * all. The second runs under the first's lock_timeout and statement_timeout: a lock it waits for (a routine's body
 * reading a table that a migration holds) times out as the first's would. One instance serves one database: a
 * fleet's targets have their own.
 */
public final class Learned {
    /** Enough for an apply: the plan's subset, and the one a verification after a partial change may need. */
    private static final int KEPT = 2;
    /**
     * Below this many tables a second connection costs about what it saves ({@code -Dschemasync.parallelFrom=N}
     * changes it, for measuring; a number larger than the YAML's tables keeps it to one connection).
     */
    private static final int PARALLEL_FROM = Integer.getInteger("schemasync.parallelFrom", 200);

    private record Entry(String context, Database subset, Database canonical) {}

    /** What the second connection did: its half's canonical form, or the server's rejection of the half. */
    private record Half(Database canonical, SyncException rejected) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Callable<Connection> helper;
    private final int parallelFrom;
    private int reused;
    private int parallel;
    private Database memoDesired;
    private String memoContext;
    private Object memoValue;

    /** One connection, the caller's. */
    public Learned() {
        this(null);
    }

    /** @param helper opens a second connection to the same database as the caller's, with the same options */
    public Learned(Callable<Connection> helper) {
        this(helper, PARALLEL_FROM);
    }

    Learned(Callable<Connection> helper, int parallelFrom) {
        this.helper = helper;
        this.parallelFrom = parallelFrom;
    }

    /** The canonical form of {@code subset}, materialized unless an earlier call had the same subset and context. */
    Database canonicalize(Connection c, String context, Database subset) throws SyncException {
        for (Entry e : entries) {
            if (e.context().equals(context) && e.subset().equals(subset)) {
                reused++;
                return e.canonical();
            }
        }
        Database canonical = materialize(c, context, subset);
        if (entries.size() == KEPT) entries.remove(0);
        entries.add(new Entry(context, subset, canonical));
        return canonical;
    }

    /**
     * What {@code compute} makes of {@code desired} in {@code context}, computed once for the last pair: every plan
     * of one apply (the plan, its verification, the record) hashes the same YAML into the same unit keys.
     * Models are immutable records: an equal one (each plan expands the YAML's grants anew) has the same keys.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(Database desired, String context, java.util.function.Supplier<T> compute) {
        if (!context.equals(memoContext) || !desired.equals(memoDesired)) {
            memoValue = compute.get();
            memoDesired = desired;
            memoContext = context;
        }
        return (T) memoValue;
    }

    /** Opens a second connection to the caller's database (null: there is none), for other work beside it. */
    public Callable<Connection> helper() {
        return helper;
    }

    /** How many calls were answered without materializing. */
    public int reused() {
        return reused;
    }

    /** How many materializations were split over two connections (the second's rejection included). */
    public int parallel() {
        return parallel;
    }

    private Database materialize(Connection c, String context, Database subset) throws SyncException {
        List<Database> halves = helper == null || tables(subset) < parallelFrom ? List.of() : halves(subset);
        SecondSession.First session = halves.isEmpty() ? null : unwritten(c);
        if (session == null) return Canonicalizer.canonicalize(c, subset);
        CompletableFuture<Half> second = SecondSession.beside(() -> onHelper(session, context, halves.get(1)),
                "schemasync-materialize");
        Database first;
        try {
            first = Canonicalizer.canonicalize(c, halves.get(0));
        } finally {
            second.join();
        }
        Half other = second.join();
        if (other == null) return merged(first, Canonicalizer.canonicalize(c, halves.get(1)));
        parallel++;
        if (other.rejected() != null) throw other.rejected();
        return merged(first, other.canonical());
    }

    /** The first connection's session, or null when its transaction has written (or it cannot tell). */
    private static SecondSession.First unwritten(Connection c) {
        try (Sender st = new Sender(c);
             ResultSet rs = st.query("SELECT pg_catalog.pg_current_xact_id_if_assigned() IS NULL")) {
            rs.next();
            return rs.getBoolean(1) ? SecondSession.First.of(c) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * The half materialized on a second connection; null when it cannot be (the first does it then). A lock the
     * second waits for times out as the first's would (then the first does the half itself).
     */
    private Half onHelper(SecondSession.First first, String context, Database half) {
        Connection h = SecondSession.open(helper, first);
        if (h == null) return null;
        try {
            if (!KnownForms.contextDigest(h).equals(context)) return null;
            h.setAutoCommit(false);
            try {
                return new Half(Canonicalizer.canonicalize(h, half), null);
            } catch (SyncException e) {
                return e instanceof io.schemasync.server.SchemaRejectedException ? new Half(null, e) : null;
            } finally {
                h.rollback();
            }
        } catch (Exception e) {
            return null;
        } finally {
            SecondSession.close(h);
        }
    }

    private static int tables(Database db) {
        return db.schemas().stream().mapToInt(s -> s.tables().size()).sum();
    }

    /**
     * The subset in two, by whole groups of relations, about half the tables each; every type and routine that is
     * not in a group goes in both. Empty when one group holds more than half.
     */
    private static List<Database> halves(Database subset) {
        RelationGroups groups = RelationGroups.of(subset);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Schema s : subset.schemas()) {
            for (Table t : s.tables()) sizes.merge(groups.of(s.name(), t.name()), 1, Integer::sum);
        }
        int half = tables(subset) / 2, taken = 0;
        Set<String> first = new HashSet<>();
        for (var e : sizes.entrySet()) {
            if (taken >= half) break;
            first.add(e.getKey());
            taken += e.getValue();
        }
        if (taken == 0 || first.size() == sizes.size()) return List.of();
        return List.of(keep(subset, groups, first::contains), keep(subset, groups, r -> !first.contains(r)));
    }

    private static Database keep(Database db, RelationGroups groups, Predicate<String> roots) {
        return db.withSchemas(db.schemas().stream().map(s -> s
                .withTables(s.tables().stream().filter(t -> roots.test(groups.of(s.name(), t.name()))).toList())
                .withObjects(s.objects().stream().filter(o -> !groups.isMember(s.name(), o.name())
                        || roots.test(groups.of(s.name(), o.name()))).toList())).toList());
    }

    /** The first half's schemas with the second half's tables, and its objects the first does not have. */
    private static Database merged(Database first, Database second) {
        return first.withSchemas(first.schemas().stream().map(a -> {
            Schema b = second.schema(a.name()).orElseThrow();
            Set<String> inFirst = new HashSet<>();
            a.objects().forEach(o -> inFirst.add(o.refKind() + " " + o.name()));
            List<SchemaObject> objects = Stream.concat(a.objects().stream(), b.objects().stream()
                    .filter(o -> !inFirst.contains(o.refKind() + " " + o.name()))).toList();
            return new Schema(a.name(), a.comment(), a.extensions(), a.enums(), a.sequences(),
                    Stream.concat(a.tables().stream(), b.tables().stream()).toList(), objects);
        }).toList());
    }
}
