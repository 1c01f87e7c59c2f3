package io.schemasync.canonical;

import io.schemasync.model.Database;
import io.schemasync.server.SyncException;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Canonical forms materialized earlier in one run of a command. An apply plans several times against one database
 * (the plan itself, the verification before the commit or after it, the record of the schema files as in sync), and
 * each time the same YAML is materialized: at 1,000 new tables that is most of the apply's own time. What the
 * canonical stage reads back is a function of what it materializes and of the context its text resolves in (the
 * premise of {@link KnownForms}: the server's version, the search path, the user-defined functions, operators,
 * casts, types and collations, the extensions' versions, the build). So when both are equal to an earlier call's,
 * that call's result is the answer. The context is read again for every plan, so an apply that created a function,
 * a type or an extension materializes again. One instance serves one database: a fleet's targets have their own.
 */
public final class Learned {
    /** Enough for an apply: the plan's subset, and the one a verification after a partial change may need. */
    private static final int KEPT = 2;

    private record Entry(String context, Database subset, Database canonical) {}

    private final List<Entry> entries = new ArrayList<>();
    private int reused;

    /** The canonical form of {@code subset}, materialized unless an earlier call had the same subset and context. */
    synchronized Database canonicalize(Connection c, String context, Database subset) throws SyncException {
        for (Entry e : entries) {
            if (e.context().equals(context) && e.subset().equals(subset)) {
                reused++;
                return e.canonical();
            }
        }
        Database canonical = Canonicalizer.canonicalize(c, subset);
        if (entries.size() == KEPT) entries.remove(0);
        entries.add(new Entry(context, subset, canonical));
        return canonical;
    }

    /** How many calls were answered without materializing (for tests and timing). */
    public synchronized int reused() {
        return reused;
    }
}
