package io.schemasync.plan;

import io.schemasync.sql.Sql;

import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.Deferral;
import io.schemasync.model.EnumType;
import io.schemasync.model.FkAction;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;


import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;
import static io.schemasync.sql.Sql.quoteAll;

/** SQL text for the definitions of model objects: the pieces the statement generators put together. */
public final class Ddl {
    private Ddl() {}

    /** {@code "name" type [COLLATE ..] [GENERATED ..] [DEFAULT ..] [NOT NULL]} as in CREATE TABLE / ADD COLUMN. */
    public static String column(Column c) {
        var sb = new StringBuilder(quote(c.name())).append(' ').append(Sql.requireType(c.type()));
        if (c.options().compression() != null) sb.append(" COMPRESSION ").append(quote(c.options().compression()));
        if (c.collation() != null) sb.append(" COLLATE ").append(quote(c.collation()));
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(Sql.requireExpression(c.generated()))
                    .append(c.options().virtual() ? ") VIRTUAL" : ") STORED");
        }
        if (c.identity() != null) sb.append(" GENERATED ").append(c.identity().sql()).append(" AS IDENTITY");
        if (c.identity() != null && c.options().identity() != null) {
            sb.append(" (").append(c.options().identity().sql(" ")).append(")");
        }
        if (c.defaultExpr() != null) sb.append(" DEFAULT ").append(expression(c.defaultExpr()));
        if (!c.nullable() && !c.isSerial() && c.identity() == null) sb.append(" NOT NULL");
        return sb.toString();
    }

    /**
     * An expression from the YAML or the catalog, checked and parenthesized unless it is already one
     * parenthesized group (so the server's canonical text round-trips unchanged).
     */
    public static String expression(String text) {
        return Sql.expression(text);
    }

    /** CREATE TABLE with columns, primary key, unique and check constraints (foreign keys come later). */
    public static String createTable(String schema, Table t, boolean ifNotExists) {
        return createTable(schema, t, ifNotExists, null);
    }

    /**
     * @param listPartitionKey null, or a column to partition the table by ({@code PARTITION BY LIST}): a
     *                         partitioned table has no storage of its own
     */
    public static String createTable(String schema, Table t, boolean ifNotExists, String listPartitionKey) {
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(column(c)));
        if (t.primaryKey() != null) parts.add(constraint(schema, t.primaryKey()));
        List<UniqueConstraint> later = uniquesAddedAfterCreate(t);
        t.uniques().stream().filter(u -> !later.contains(u)).forEach(u -> parts.add(constraint(schema, u)));
        t.checks().forEach(c -> parts.add(constraint(schema, c)));
        t.exclusions().forEach(x -> parts.add(constraint(schema, x)));
        // A scratch table (partitioned) can be neither UNLOGGED nor have storage parameters: they are structural.
        boolean plain = listPartitionKey == null;
        var p = t.partitioning();
        String body = p.isPartition() ? " PARTITION OF " + qualified(p.parentSchemaOr(schema), p.parent()) + partitionBody(parts)
                + " " + p.bound() : " (\n    " + String.join(",\n    ", parts) + "\n)";
        return "CREATE " + (plain && t.options().unlogged() ? "UNLOGGED " : "") + "TABLE "
                + (ifNotExists ? "IF NOT EXISTS " : "") + qualified(schema, t.name()) + body
                + (p.inherits().isEmpty() ? "" : " INHERITS (" + String.join(", ",
                        p.inherits().stream().map(i -> qualified(schema, i)).toList()) + ")")
                + (plain ? p.isPartitioned() ? " PARTITION BY " + p.by() : ""
                        : " PARTITION BY LIST (" + quote(listPartitionKey) + ")")
                + (plain && !t.options().storage().isEmpty() ? " WITH " + TableOptionSteps.with(t.options().storage().params()) : "");
    }

    /** A partition's own constraints (none from the YAML: its columns and constraints are its parent's). */
    private static String partitionBody(List<String> parts) {
        return parts.isEmpty() ? "" : " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    /**
     * The unique constraints that CREATE TABLE would silently leave out: PostgreSQL drops an index specification of
     * CREATE TABLE that repeats the primary key's or an earlier one's (same columns and options; see
     * transformIndexConstraints in parse_utilcmd.c), keeping one index under one name. The step adds these after the
     * table with ADD CONSTRAINT, which always builds an index of its own.
     */
    public static List<UniqueConstraint> uniquesAddedAfterCreate(Table t) {
        List<List<Object>> kept = new ArrayList<>();
        if (t.primaryKey() != null) kept.add(List.of(t.primaryKey().columns(), false, Deferral.NOT_DEFERRABLE));
        List<UniqueConstraint> later = new ArrayList<>();
        for (UniqueConstraint u : t.uniques()) {
            List<Object> spec = List.of(u.columns(), u.nullsNotDistinct(), u.deferral());
            if (kept.contains(spec)) later.add(u);
            else kept.add(spec);
        }
        return later;
    }

    /** {@code CONSTRAINT "name" ...} as it appears in CREATE TABLE or ADD CONSTRAINT. */
    public static String constraint(String schema, Constraint c) {
        return "CONSTRAINT " + quote(c.name()) + " " + switch (c) {
            case PrimaryKey pk -> "PRIMARY KEY (" + quoteAll(pk.columns()) + ")";
            case UniqueConstraint u -> "UNIQUE" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                    + " (" + quoteAll(u.columns()) + ")" + u.deferral().sql();
            case CheckConstraint ck -> "CHECK " + expression(ck.expression()) + (ck.validated() ? "" : " NOT VALID");
            case ForeignKey fk -> foreignKey(fk) + (fk.validated() ? "" : " NOT VALID");
            case io.schemasync.model.ExclusionConstraint x -> exclusion(x);
        };
    }

    /** EXCLUDE USING method (key WITH op, ...) [INCLUDE (...)] [WHERE (...)] [DEFERRABLE ...]. */
    private static String exclusion(io.schemasync.model.ExclusionConstraint x) {
        Index ix = x.index();
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < ix.keys().size(); i++) {
            elements.add(indexKey(ix.keys().get(i)) + " WITH " + operator(x.operators().get(i)));
        }
        var sb = new StringBuilder("EXCLUDE USING ").append(quote(ix.method())).append(" (")
                .append(String.join(", ", elements)).append(")");
        if (!ix.include().isEmpty()) sb.append(" INCLUDE (").append(quoteAll(ix.include())).append(")");
        // WHERE takes a parenthesized predicate here (unlike CREATE INDEX).
        if (ix.where() != null) sb.append(" WHERE (").append(expression(ix.where())).append(")");
        return sb.append(x.deferral().sql()).toString();
    }

    /** An operator is only operator characters, or OPERATOR(schema.op) with a plain schema name: nothing else gets in. */
    private static String operator(String op) {
        if (op.matches("[+\\-*/<>=~!@#%^&|`?]+")) return op;
        var m = java.util.regex.Pattern.compile("(?i)operator\\(\\s*([a-z_][a-z0-9_$]*)\\s*\\.\\s*([+\\-*/<>=~!@#%^&|`?]+)\\s*\\)")
                .matcher(op);
        if (!m.matches()) throw new IllegalArgumentException("not an operator: " + op);
        return "OPERATOR(" + quote(m.group(1)) + "." + m.group(2) + ")";
    }

    private static String foreignKey(ForeignKey fk) {
        var sb = new StringBuilder("FOREIGN KEY (").append(quoteAll(fk.columns())).append(") REFERENCES ")
                .append(qualified(fk.refSchema(), fk.refTable())).append(" (").append(quoteAll(fk.refColumns()))
                .append(")");
        if (fk.matchFull()) sb.append(" MATCH FULL");
        if (fk.onUpdate() != FkAction.NO_ACTION) sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        if (fk.onDelete() != FkAction.NO_ACTION) sb.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.deferral() != Deferral.NOT_DEFERRABLE) sb.append(fk.deferral().sql());
        return sb.toString();
    }

    /** CREATE [UNIQUE] INDEX [IF NOT EXISTS] "name" ON "schema"."table" USING method (...) ... */
    public static String createIndex(String schema, String table, Index ix, boolean ifNotExists) {
        return createIndex(schema, table, ix, ifNotExists, false);
    }

    /** CREATE INDEX, optionally CONCURRENTLY (which cannot run inside a transaction block). */
    public static String createIndex(String schema, String table, Index ix, boolean ifNotExists, boolean concurrently) {
        var sb = new StringBuilder("CREATE ").append(ix.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(concurrently ? "CONCURRENTLY " : "")
                .append(ifNotExists ? "IF NOT EXISTS " : "").append(quote(ix.name())).append(" ON ")
                .append(qualified(schema, table)).append(" USING ").append(quote(ix.method())).append(" (")
                .append(ix.keys().stream().map(Ddl::indexKey).collect(Collectors.joining(", "))).append(")");
        if (!ix.include().isEmpty()) sb.append(" INCLUDE (").append(quoteAll(ix.include())).append(")");
        if (ix.nullsNotDistinct()) sb.append(" NULLS NOT DISTINCT");
        if (!ix.storage().isEmpty()) sb.append(" WITH ").append(TableOptionSteps.with(ix.storage().params()));
        if (ix.where() != null) sb.append(" WHERE ").append(expression(ix.where()));
        return sb.toString();
    }

    /** Drops an index without blocking reads or writes (after the commit: it cannot run in a transaction). */
    public static String dropIndexConcurrently(String schema, String name) {
        return "DROP INDEX CONCURRENTLY IF EXISTS " + Sql.qualified(schema, name);
    }

    static String indexKey(IndexKey k) {
        var sb = new StringBuilder(k.column() ? quote(k.expression()) : expression(k.expression()));
        if (k.collation() != null) sb.append(" COLLATE ").append(quote(k.collation()));
        if (k.opclass() != null) sb.append(' ').append(opclass(k.opclass()));
        if (k.descending()) sb.append(" DESC");
        if (k.nullsFirst() != k.descending()) sb.append(k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        return sb.toString();
    }

    /** An operator class, possibly schema-qualified ({@code public.gin_trgm_ops}). */
    private static String opclass(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? quote(name) : qualified(name.substring(0, dot), name.substring(dot + 1));
    }

    public static String createEnum(String schema, EnumType e) {
        return "CREATE TYPE " + qualified(schema, e.name()) + " AS ENUM ("
                + e.values().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")";
    }

    /** The options of CREATE / ALTER SEQUENCE, all spelled out so the result does not depend on defaults. */
    public static String sequenceOptions(Sequence s) {
        return " AS " + Sql.requireType(s.type()) + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue()
                + " MAXVALUE " + s.maxValue() + " START WITH " + s.start() + " CACHE " + s.cache()
                + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    /** OWNED BY table.column (same schema) or NONE. */
    public static String ownedBy(String schema, Sequence s) {
        if (s.ownedBy() == null) return "NONE";
        int dot = s.ownedBy().lastIndexOf('.');
        return qualified(schema, s.ownedBy().substring(0, dot)) + "." + quote(s.ownedBy().substring(dot + 1));
    }

    public static String comment(String what, String target, String text) {
        return "COMMENT ON " + what + " " + target + " IS " + literal(text);
    }
}
