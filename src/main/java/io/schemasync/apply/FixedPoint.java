package io.schemasync.apply;

import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The server's deparsed text is not always a fixed point: {@code status IN ('a', 'b')} on a varchar column
 * prints as {@code ((status)::text = ANY ((ARRAY['a'::character varying, ...])::text[]))}, and that text, run
 * again (by apply, or by a restore of pg_dump output), prints differently once more. A table whose expressions
 * differ from the live ones is therefore canonicalized again, until its text stops changing; tables already equal
 * to the live ones cost nothing.
 */
final class FixedPoint {
    private static final int ROUNDS = 2;

    private FixedPoint() {}

    static Database settle(Connection c, Database canonical, Database live) throws SyncException {
        Database current = canonical;
        for (int round = 0; round < ROUNDS; round++) {
            Database candidates = differing(current, live);
            if (candidates.schemas().stream().allMatch(s -> s.tables().isEmpty())) return current;
            Database again = Canonicalizer.canonicalize(c, candidates);
            Map<String, Table> changed = new HashMap<>();
            for (Schema s : again.schemas()) {
                for (Table t : s.tables()) {
                    Table before = candidates.table(s.name(), t.name()).orElseThrow();
                    if (!expressions(t).equals(expressions(before))) changed.put(s.name() + "\0" + t.name(), t);
                }
            }
            if (changed.isEmpty()) return current;
            current = replace(current, changed);
        }
        return current;
    }

    /** The desired schema with only the tables whose expressions differ from the live table of the same name. */
    private static Database differing(Database desired, Database live) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : desired.schemas()) {
            List<Table> tables = s.tables().stream().filter(t -> live.table(s.name(), t.name())
                    .map(l -> !expressions(l).equals(expressions(t))).orElse(false)).toList();
            schemas.add(s.withTables(tables));
        }
        return new Database(schemas);
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
