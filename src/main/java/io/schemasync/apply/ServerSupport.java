package io.schemasync.apply;

import io.schemasync.catalog.ServerInfo;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** Features of the desired schema that the server's version does not have, named before anything runs. */
final class ServerSupport {
    private ServerSupport() {}

    static void check(Database desired, ServerInfo server) throws SchemaRejectedException {
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
    }
}
