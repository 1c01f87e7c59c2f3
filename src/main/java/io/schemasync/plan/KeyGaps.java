package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.model.Constraint;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables where a key would lapse: the transaction drops a primary key, unique constraint or unique index whose
 * columns a new key of the plan covers (GoTrue's identities: the primary key over (provider, id) gave way to one
 * over a new id, and (provider_id, provider) became a unique constraint). Built CONCURRENTLY after the commit, the
 * new key would leave the table without that guarantee from the commit on, and a duplicate written then would make
 * the build fail; so these tables keep their new keys in the transaction, where the old guarantee ends and the new
 * one starts at the same commit.
 */
final class KeyGaps {
    private KeyGaps() {}

    /** "schema.table" of each such table. */
    static Set<String> tables(List<Change> changes) {
        List<Key> dropped = new ArrayList<>();
        List<Key> added = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.DropConstraint d) of(d.schema(), d.table(), d.constraint()).ifPresent(dropped::add);
            if (c instanceof Change.DropIndex d) of(d.schema(), d.table(), d.index()).ifPresent(dropped::add);
            if (c instanceof Change.ReplaceConstraint r) {
                of(r.schema(), r.table(), r.from()).ifPresent(dropped::add);
                of(r.schema(), r.table(), r.to()).ifPresent(added::add);
            }
            if (c instanceof Change.AddConstraint a) of(a.schema(), a.table(), a.constraint()).ifPresent(added::add);
            if (c instanceof Change.CreateIndex i) of(i.schema(), i.table(), i.index()).ifPresent(added::add);
        }
        Set<String> out = new HashSet<>();
        for (Key old : dropped) {
            for (Key now : added) {
                if (old.table().equals(now.table()) && now.columns().containsAll(old.columns())) out.add(old.table());
            }
        }
        return out;
    }

    private record Key(String table, Set<String> columns) {}

    private static Optional<Key> of(String schema, String table, Constraint c) {
        List<String> columns = switch (c) {
            case PrimaryKey pk -> pk.columns();
            case UniqueConstraint u -> u.columns();
            default -> null;
        };
        return columns == null ? Optional.empty() : Optional.of(new Key(schema + "." + table, Set.copyOf(columns)));
    }

    /** A unique index over plain columns (one over an expression guarantees nothing about a column set). */
    private static Optional<Key> of(String schema, String table, Index ix) {
        if (!ix.unique() || ix.keys().stream().anyMatch(k -> !k.column())) return Optional.empty();
        return Optional.of(new Key(schema + "." + table, Set.copyOf(ix.keys().stream().map(IndexKey::expression).toList())));
    }
}
