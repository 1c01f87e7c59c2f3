package io.schemasync.canonical;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.SchemaObject;
import io.schemasync.server.SyncException;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The server's deparsed text is not always a fixed point: {@code status IN ('a', 'b')} on a varchar column
 * prints as {@code ((status)::text = ANY ((ARRAY['a'::character varying, ...])::text[]))}, and that text, run
 * again (by a restore of pg_dump output, or from YAML that introspect wrote), prints differently once more. So
 * for a table whose expressions differ from the live ones, both sides go through the server once more: when they
 * meet, they are the same and the live text is kept; tables already equal to the live ones cost nothing.
 */
public final class FixedPoint {
    private FixedPoint() {}

    public static Database settle(Connection c, Database canonical, Database live) throws SyncException {
        Database candidates = differing(canonical, live);
        if (candidates.schemas().stream().allMatch(s -> s.tables().isEmpty())) return canonical;
        Database desiredAgain = Canonicalizer.canonicalize(c, candidates);
        Database liveAgain = liveAgain(c, live, candidates);
        Map<String, Table> settled = new HashMap<>();
        for (Schema s : desiredAgain.schemas()) {
            for (Table again : s.tables()) {
                Table once = candidates.table(s.name(), again.name()).orElseThrow();
                Table have = live.table(s.name(), again.name()).orElseThrow();
                var liveTwice = liveAgain.table(s.name(), again.name());
                if (liveTwice.isPresent() && expressions(liveTwice.get()).equals(expressions(again))) {
                    settled.put(s.name() + "\0" + again.name(), withExpressionsOf(once, have));
                } else if (!expressions(again).equals(expressions(once))) {
                    settled.put(s.name() + "\0" + again.name(), again);
                }
            }
        }
        return settled.isEmpty() ? canonical : replace(canonical, settled);
    }

    /** The live versions of the candidate tables, run through the server once more; empty when that fails. */
    private static Database liveAgain(Connection c, Database live, Database candidates) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : candidates.schemas()) {
            Schema have = live.schema(s.name()).orElseThrow();
            List<Table> tables = s.tables().stream().map(t -> have.table(t.name()).orElseThrow()).toList();
            schemas.add(new Schema(have.name(), have.comment(), have.extensions(), have.enums(), have.sequences(),
                    tables, objectsFor(have, called(candidates))));
        }
        try {
            return Canonicalizer.canonicalize(c, new Database(schemas));
        } catch (SyncException e) {
            return Database.empty();
        }
    }

    /** The desired table with the live table's text for every expression (they are the same to the server). */
    private static Table withExpressionsOf(Table want, Table have) {
        List<Column> columns = want.columns().stream().map(col -> have.column(col.name())
                .map(h -> new Column(col.name(), col.type(), col.nullable(), h.defaultExpr(), col.identity(), h.generated(),
                        col.collation(), col.comment(), col.renamedFrom(), null, col.options())).orElse(col)).toList();
        // The text only: a live check left NOT VALID stays a change (VALIDATE), the YAML wants it valid.
        var checks = want.checks().stream().map(ck -> have.checks().stream().filter(h -> h.name().equals(ck.name()))
                .findFirst().map(h -> new io.schemasync.model.CheckConstraint(ck.name(), h.expression(), ck.validated()))
                .orElse(ck)).toList();
        var indexes = want.indexes().stream().map(ix -> have.indexes().stream().filter(h -> h.name().equals(ix.name()))
                .findFirst().map(h -> new io.schemasync.model.Index(ix.name(), ix.unique(), ix.method(), h.keys(),
                        ix.include(), h.where(), ix.nullsNotDistinct(), ix.comment(), ix.storage())).orElse(ix)).toList();
        var exclusions = want.exclusions().stream().map(x -> have.exclusions().stream()
                .filter(h -> h.name().equals(x.name())).findFirst().map(h -> x.withIndex(new io.schemasync.model.Index(
                        x.name(), false, x.index().method(), h.index().keys(), x.index().include(), h.index().where(),
                        false, null))).orElse(x)).toList();
        return new Table(want.name(), columns, want.primaryKey(), want.uniques(), checks, want.foreignKeys(), indexes,
                want.comment(), want.renamedFrom(), want.options(), exclusions, want.partitioning());
    }

    /** The desired schema with only the tables whose expressions differ from the live table of the same name. */
    private static Database differing(Database desired, Database live) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : desired.schemas()) {
            // A partition has no expressions of its own (its columns are its parent's), and cannot be made alone.
            schemas.add(s.withTables(s.tables().stream().filter(t -> !t.partitioning().isPartition())
                    .filter(t -> live.table(s.name(), t.name())
                    .map(l -> !expressions(l).equals(expressions(t))).orElse(false)).toList()));
        }
        Set<String> called = called(new Database(schemas));
        return new Database(schemas.stream().map(s -> s.withObjects(objectsFor(s, called))).toList());
    }

    /** The names of the functions that the tables call, in any schema. */
    private static Set<String> called(Database db) {
        Set<String> called = new HashSet<>();
        for (Schema s : db.schemas()) {
            for (Table t : s.tables()) RelationGroups.tableCalls(t).forEach(ref -> called.add(ref.name()));
        }
        return called;
    }

    /**
     * The objects that canonicalizing only some tables needs: types, domains and functions, but no view, nor a
     * function that reads tables unless those tables call it. A view reads tables that are not among them (a table
     * renamed in the same plan is never one), so materializing it would fail.
     */
    private static List<SchemaObject> objectsFor(Schema s, Set<String> called) {
        return s.objects().stream().filter(o -> !Kinds.of(o).isRelation() && (!Kinds.of(o).usesRelations()
                || called.contains(o.name()) || Kinds.of(o).alsoKnownAsAny(s.name(), o).stream()
                .anyMatch(ref -> called.contains(ref.name())))).toList();
    }

    private static Database replace(Database db, Map<String, Table> changed) {
        return db.withSchemas(db.schemas().stream().map(s -> s.withTables(s.tables().stream()
                .map(t -> changed.getOrDefault(s.name() + "\0" + t.name(), t)).toList())).toList());
    }

    /** Every SQL text of a table that the server deparses, in a stable order. */
    static List<String> expressions(Table t) {
        List<String> out = new ArrayList<>();
        for (Column c : t.columns()) {
            out.add(c.name() + "=" + Objects.toString(c.defaultExpr()) + "|" + Objects.toString(c.generated()));
        }
        t.checks().forEach(ck -> out.add(ck.name() + "=" + ck.expression()));
        t.indexes().forEach(ix -> out.add(ix.name() + "=" + ix.keys() + "|" + ix.where()));
        return out;
    }
}
