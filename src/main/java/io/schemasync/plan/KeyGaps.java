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
 * A key the plan drops is never gone before the key that takes over its guarantee is there. A new primary key,
 * unique constraint or unique index over a superset of its columns is that successor: built CONCURRENTLY after the
 * commit, it would leave the rows unguarded from the commit on, and a duplicate written then would make the build
 * fail. A plain drop waits for the successor's build (GoTrue's users_email_key gave way to the partial
 * users_email_partial_key, {@link #dropsAfterSuccessors}); a replaced key is dropped in the transaction (GoTrue's
 * identities: the primary key over (provider, id) gave way to one over a new id, and (provider_id, provider) became
 * a unique constraint), so the successor is made there too ({@link #tables}).
 */
final class KeyGaps {
    private KeyGaps() {}

    /** "schema.table" of each table whose new keys are made in the transaction: one of its keys is replaced there. */
    static Set<String> tables(List<Change> changes) {
        List<Key> dropped = new ArrayList<>();
        List<Key> added = new ArrayList<>();
        for (Change c : changes) {
            // The replacement itself is made in the transaction with the drop: it is no successor to wait for.
            if (c instanceof Change.ReplaceConstraint r) of(r.schema(), r.table(), r.from()).ifPresent(dropped::add);
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

    /**
     * Moves the drop of a key in the transaction to after the commit, right after the step that builds a successor
     * CONCURRENTLY there. Not where the plan also drops, renames or retypes a column of the table (the old key may be
     * in their way), nor for a primary key whose successor is a primary key (a table has one).
     */
    static void dropsAfterSuccessors(List<Draft> drafts) {
        for (Draft drop : List.copyOf(drafts)) {
            if (drop.phase != Phase.TRANSACTION) continue;
            Optional<Key> old = dropped(drop);
            if (old.isPresent() && !touchesColumns(drafts, old.get().table())) {
                drafts.stream().filter(d -> d.phase == Phase.AFTER_COMMIT)
                        .filter(d -> added(d).filter(k -> covers(k, old.get())).isPresent()).findFirst()
                        .ifPresent(successor -> moveAfter(drafts, drop, successor, "the rows are never without the guarantee"));
            } else if (drop.change instanceof Change.DropIndex d && !touchesColumns(drafts, d.schema() + "." + d.table())) {
                drafts.stream().filter(s -> s.phase == Phase.AFTER_COMMIT && s.buildsConcurrently)
                        .filter(s -> s.change instanceof Change.CreateIndex c && takesOver(c, d)).findFirst()
                        .ifPresent(successor -> moveAfter(drafts, drop, successor, "queries that use it have the new one"));
            }
        }
    }

    /**
     * An index that leads with the same key by the same method takes over the queries of a dropped one (Mastodon's
     * index_statuses_20190820 replaced index_statuses_20180106 with a predicate): the old one goes once the new one
     * is built, CONCURRENTLY, so the table is never without either.
     */
    private static boolean takesOver(Change.CreateIndex now, Change.DropIndex old) {
        return now.schema().equals(old.schema()) && now.table().equals(old.table())
                && now.index().method().equals(old.index().method()) && !now.index().keys().isEmpty()
                && !old.index().keys().isEmpty() && now.index().keys().getFirst().equals(old.index().keys().getFirst());
    }

    private static void moveAfter(List<Draft> drafts, Draft drop, Draft successor, String why) {
        drafts.remove(drop);
        drafts.add(drafts.indexOf(successor) + 1, drop);
        drop.phase = Phase.AFTER_COMMIT;
        if (drop.change instanceof Change.DropIndex d && successor.buildsConcurrently) {
            String sql = Ddl.dropIndexConcurrently(d.schema(), d.index().name());
            drop.statements.clear();
            drop.script.clear();
            drop.sql(sql);
            drop.hazard(Hazard.Kind.NOTE, "after the commit, once " + successor.change.target().name() + " is built,"
                    + " CONCURRENTLY (SHARE UPDATE EXCLUSIVE: reads and writes go on): " + why);
        } else {
            drop.hazard(Hazard.Kind.NOTE, "after the commit, once " + successor.change.target().name() + " is built: "
                    + why + " (ACCESS EXCLUSIVE lock for a moment)");
        }
    }

    private static boolean covers(Key now, Key old) {
        return now.table().equals(old.table()) && now.columns().containsAll(old.columns()) && !(now.primary() && old.primary());
    }

    private static Optional<Key> dropped(Draft d) {
        if (d.change instanceof Change.DropConstraint c) return of(c.schema(), c.table(), c.constraint());
        if (d.change instanceof Change.DropIndex c) return of(c.schema(), c.table(), c.index());
        return Optional.empty();
    }

    private static Optional<Key> added(Draft d) {
        if (d.change instanceof Change.CreateIndex c) return of(c.schema(), c.table(), c.index());
        if (d.change instanceof Change.AddKeyUsingIndex c) return of(c.schema(), c.table(), c.key());
        return Optional.empty();
    }

    private static boolean touchesColumns(List<Draft> drafts, String table) {
        return drafts.stream().anyMatch(d -> touchesColumn(d.change, table));
    }

    private static boolean touchesColumn(Change change, String table) {
        if (change instanceof Change.DropColumn c) return table.equals(c.schema() + "." + c.table());
        if (change instanceof Change.RenameColumn c) return table.equals(c.schema() + "." + c.table());
        return change instanceof Change.AlterColumn c && table.equals(c.schema() + "." + c.table())
                && c.aspects().contains(Change.ColumnAspect.TYPE);
    }

    private record Key(String table, Set<String> columns, boolean primary) {}

    private static Optional<Key> of(String schema, String table, Constraint c) {
        List<String> columns = switch (c) {
            case PrimaryKey pk -> pk.columns();
            case UniqueConstraint u -> u.columns();
            default -> null;
        };
        return columns == null ? Optional.empty()
                : Optional.of(new Key(schema + "." + table, Set.copyOf(columns), c instanceof PrimaryKey));
    }

    /** A unique index over plain columns (one over an expression guarantees nothing about a column set). */
    private static Optional<Key> of(String schema, String table, Index ix) {
        if (!ix.unique() || ix.keys().stream().anyMatch(k -> !k.column())) return Optional.empty();
        return Optional.of(new Key(schema + "." + table, Set.copyOf(ix.keys().stream().map(IndexKey::expression).toList()),
                false));
    }
}
