package io.schemasync.kinds;

import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The desired distributions as Citus would keep them, without materializing anything (a scratch schema has no
 * Citus). What the YAML leaves to Citus takes the live value: no shard_count is the live shard count, colocate_with
 * none or default (or none at all) is whatever colocation the live table has (both only choose a group when the
 * table is first distributed), and a colocated table the live table already shares a group with reads as the live
 * table does. Each desired distribution also learns what must be distributed before it ({@link Distribution#after}).
 */
final class DistributionSettle {
    private DistributionSettle() {}

    static Database settle(Database desired, Database live) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : desired.schemas()) {
            schemas.add(s.withObjects(s.objects().stream().map(o -> o instanceof Distribution d
                    ? (SchemaObject) settle(desired, live, s, d) : o).toList()));
        }
        return desired.withSchemas(schemas);
    }

    private static Distribution settle(Database desired, Database live, Schema s, Distribution d) {
        Distribution out = d.withAfter(after(desired, s, d));
        Optional<Distribution> have = distribution(live, s.name(), d.table()).or(() -> s.table(d.table())
                .map(Table::renamedFrom).flatMap(old -> distribution(live, s.name(), old)));
        if (have.isEmpty() || have.get().reference() != d.reference()) return out;
        Distribution l = have.get();
        if (d.reference()) return out;
        Integer shards = d.shardCount() != null ? d.shardCount() : l.shardCount();
        boolean same = sameGroup(desired, live, s, d, l);
        return out.withColocation(same ? l.colocateWith() : d.colocateWith(), shards,
                same ? l.colocationId() : Distribution.MOVE);
    }

    /**
     * True when the live table's colocation satisfies the YAML: none and default always (they choose a group only
     * when the table is first distributed); a named table when the live one is in the same group and keeps its
     * shard count (a new one breaks the group, see {@link DistributionSql#alter}).
     */
    private static boolean sameGroup(Database desired, Database live, Schema s, Distribution d, Distribution l) {
        if (!d.colocatesWithTable()) return true;
        List<String> peer = Distributions.colocatedTable(s.name(), d);
        Optional<Distribution> livePeer = distribution(live, peer.get(0), peer.get(1)).or(() -> desired
                .table(peer.get(0), peer.get(1)).map(Table::renamedFrom)
                .flatMap(old -> distribution(live, peer.get(0), old)));
        if (livePeer.isEmpty() || !Objects.equals(livePeer.get().colocationId(), l.colocationId())) return false;
        Optional<Distribution> wantPeer = distribution(desired, peer.get(0), peer.get(1));
        return wantPeer.map(w -> w.shardCount() == null || w.shardCount().equals(livePeer.get().shardCount()))
                .orElse(true);
    }

    /** The table it is colocated with, and the distributed tables its foreign keys reference, when the YAML distributes them. */
    private static List<ObjectRef> after(Database desired, Schema s, Distribution d) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        if (d.colocatesWithTable()) {
            List<String> peer = Distributions.colocatedTable(s.name(), d);
            out.add(ObjectRef.of(ObjectRef.Kind.DISTRIBUTION, peer.get(0), peer.get(1)));
        }
        Optional<Table> table = s.table(d.table());
        for (ForeignKey fk : table.map(Table::foreignKeys).orElse(List.of())) {
            String schema = fk.refSchema() == null ? s.name() : fk.refSchema();
            if (fk.refTable().equals(d.table()) && schema.equals(s.name())) continue;
            if (distribution(desired, schema, fk.refTable()).isPresent()) {
                out.add(ObjectRef.of(ObjectRef.Kind.DISTRIBUTION, schema, fk.refTable()));
            }
        }
        return List.copyOf(out);
    }

    static Optional<Distribution> distribution(Database db, String schema, String table) {
        return db.schema(schema).flatMap(s -> s.object(ObjectRef.Kind.DISTRIBUTION, table))
                .map(Distribution.class::cast);
    }
}
