package io.schemasync.server;

import io.schemasync.catalog.ServerInfo;
import io.schemasync.catalog.Session;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Features of the desired schema that the server's version does not have, named before anything runs. */
public final class ServerSupport {
    private ServerSupport() {}

    /**
     * plan and apply learn the server's canonical text by creating the desired objects in scratch schemas inside
     * a transaction that is always rolled back: that needs CREATE on the database, and a primary.
     */
    public static void checkCanMaterialize(Session session) throws SyncException {
        if (session.inRecovery()) {
            throw new SyncException("this server is a read-only standby: schemasync plans against the primary"
                    + " (it creates scratch objects in a transaction that is always rolled back)");
        }
        if (!session.canCreate()) {
            throw new SyncException("role \"" + session.user() + "\" lacks the CREATE privilege on database \""
                    + session.database() + "\": schemasync learns the server's canonical form of the YAML by creating"
                    + " it in scratch schemas inside a transaction that is always rolled back (nothing is kept)\nhint: run"
                    + " as the schema owner, or GRANT CREATE ON DATABASE \"" + session.database() + "\" TO \""
                    + session.user() + "\"");
        }
    }

    public static void check(Database desired, ServerInfo server) throws SchemaRejectedException {
        List<String> missing = new ArrayList<>();
        if (!server.supportsNullsNotDistinct()) {
            for (Schema s : desired.schemas()) {
                for (Table t : s.tables()) {
                    t.uniques().stream().filter(UniqueConstraint::nullsNotDistinct).forEach(u -> missing.add(
                            "unique constraint " + s.name() + "." + t.name() + "." + u.name()));
                    t.indexes().stream().filter(Index::nullsNotDistinct).forEach(ix -> missing.add(
                            "index " + s.name() + "." + t.name() + "." + ix.name()));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new SchemaRejectedException(String.join(", ", missing) + ": NULLS NOT DISTINCT needs PostgreSQL 15"
                    + " or later, and this server is PostgreSQL " + server.major() + " (remove nulls_not_distinct,"
                    + " or upgrade the server)", null, null);
        }
        checkColumns(desired, server);
        checkObjects(desired, server);
    }

    /** COMPRESSION on a column needs PostgreSQL 14 (pg_attribute.attcompression). */
    private static void checkColumns(Database desired, ServerInfo server) throws SchemaRejectedException {
        if (server.supportsColumnCompression()) return;
        List<String> missing = new ArrayList<>();
        for (Schema s : desired.schemas()) {
            for (Table t : s.tables()) {
                t.columns().stream().filter(c -> c.options().compression() != null).forEach(c -> missing.add(
                        "column " + s.name() + "." + t.name() + "." + c.name()));
            }
        }
        if (!missing.isEmpty()) {
            throw new SchemaRejectedException(String.join(", ", missing) + ": compression needs PostgreSQL 14 or later,"
                    + " and this server is PostgreSQL " + server.major() + " (remove compression, or upgrade the server)",
                    null, null);
        }
    }

    /** Options of the registry's kinds that the server is too old for ({@code security_invoker} of a view). */
    private static void checkObjects(Database desired, ServerInfo server) throws SchemaRejectedException {
        List<String> problems = new ArrayList<>();
        List<ObjectRef> objects = new ArrayList<>();
        for (Schema s : desired.schemas()) {
            for (SchemaObject o : s.objects()) {
                new TreeMap<>(o.newerServerFeatures()).forEach((feature, major) -> {
                    if (server.major() >= major) return;
                    objects.add(o.ref(s.name()));
                    problems.add(o.ref(s.name()) + ": " + feature + " needs PostgreSQL " + major + " or later, and"
                            + " this server is PostgreSQL " + server.major() + " (remove " + feature
                            + ", or upgrade the server)");
                });
            }
        }
        // With one object, the command line can say where the YAML defines it.
        if (!problems.isEmpty()) throw new SchemaRejectedException(String.join("\n", problems), null, null,
                objects.size() == 1 ? objects.get(0) : null);
    }
}
