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
        checkPrivileges(desired, server);
    }

    /** Privileges the server does not have (MAINTAIN before PostgreSQL 17). */
    private static void checkPrivileges(Database desired, ServerInfo server) throws SchemaRejectedException {
        for (io.schemasync.model.Access a : desired.access()) {
            if (a.grants() == null) continue;
            for (io.schemasync.model.Privilege p : a.grants()) {
                if (p.privilege().equals("all") || server.privileges(a.target().kind()).contains(p.privilege())) continue;
                throw new SchemaRejectedException("grants of " + a.target() + ": the " + p.privilege() + " privilege"
                        + " needs PostgreSQL 17 or later, and this server is PostgreSQL " + server.major() + " (remove "
                        + p.privilege() + ", or upgrade the server)", null, null, a.target(), "grants");
            }
        }
        for (io.schemasync.model.DefaultPrivileges d : desired.defaults()) {
            for (io.schemasync.model.Privilege p : d.grants()) {
                if (p.privilege().equals("all") || server.privileges(d.kind()).contains(p.privilege())) continue;
                throw new SchemaRejectedException("default_privileges of schema " + d.schema() + ": the "
                        + p.privilege() + " privilege needs PostgreSQL 17 or later, and this server is PostgreSQL "
                        + server.major() + " (remove " + p.privilege() + ", or upgrade the server)", null, null,
                        ObjectRef.schema(d.schema()), "default_privileges");
            }
        }
    }

    /**
     * Roles are cluster-wide and schemasync never creates them: every role the YAML names (owner:, grants:, a
     * policy's roles:) must exist before anything runs.
     */
    public static void checkRoles(Database desired, java.util.Set<String> roles) throws SchemaRejectedException {
        for (io.schemasync.model.Access a : desired.access()) {
            if (a.owner() != null) missingRole(a.owner(), roles, a.target(), "owner");
            if (a.grants() != null) {
                for (io.schemasync.model.Privilege p : a.grants()) missingRole(p.role(), roles, a.target(), "grants");
            }
        }
        for (Schema s : desired.schemas()) {
            for (SchemaObject o : s.objects()) {
                for (String role : o.roles()) missingRole(role, roles, o.ref(s.name()), "roles");
            }
        }
        for (io.schemasync.model.DefaultPrivileges d : desired.defaults()) {
            missingRole(d.forRole(), roles, ObjectRef.schema(d.schema()), "default_privileges");
            for (io.schemasync.model.Privilege p : d.grants()) {
                missingRole(p.role(), roles, ObjectRef.schema(d.schema()), "default_privileges");
            }
        }
    }

    private static void missingRole(String role, java.util.Set<String> roles, ObjectRef where, String field)
            throws SchemaRejectedException {
        if (role.equals("public") || roles.contains(role)) return;
        throw new SchemaRejectedException(field + " of " + where + " names role \"" + role + "\", which does not"
                + " exist; schemasync does not create roles (they belong to the whole cluster): create it first, with"
                + " CREATE ROLE " + io.schemasync.sql.Sql.quote(role) + " NOLOGIN; (or LOGIN PASSWORD ... for one that"
                + " signs in), from your bootstrap script or Terraform", null, null, where, field);
    }

    /** COMPRESSION on a column needs PostgreSQL 14 (pg_attribute.attcompression). */
    private static void checkColumns(Database desired, ServerInfo server) throws SchemaRejectedException {
        checkVirtualColumns(desired, server);
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

    /** Virtual generated columns ({@code stored: false}) before PostgreSQL 18: refused at the first one. */
    private static void checkVirtualColumns(Database desired, ServerInfo server) throws SchemaRejectedException {
        if (server.supportsVirtualGeneratedColumns()) return;
        for (Schema s : desired.schemas()) {
            for (Table t : s.tables()) {
                for (var c : t.columns()) {
                    if (!c.options().virtual()) continue;
                    ObjectRef ref = ObjectRef.inTable(ObjectRef.Kind.COLUMN, s.name(), t.name(), c.name());
                    throw new SchemaRejectedException("column " + s.name() + "." + t.name() + "." + c.name()
                            + ": a virtual generated column (stored: false) needs PostgreSQL 18 or later, and this"
                            + " server is PostgreSQL " + server.major() + " (remove stored: false to store it, or"
                            + " upgrade the server)", null, null, ref);
                }
            }
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
