package io.schemasync.catalog;

/**
 * The catalog queries. Each reads one kind of object for every managed schema at once (the schema names are the
 * one bind, a {@code text[]}), so the number of queries never depends on the number of tables. Every column is
 * named and cast explicitly: pg_catalog tables gain and lose columns between major versions.
 */
final class CatalogSql {
    private CatalogSql() {}

    /**
     * The server's version, the first query of every catalog read; it also turns JIT compilation off for the
     * session. The catalog queries cost little to run but, on a server with thousands of relations, enough by the
     * planner's estimate to be JIT-compiled: measured on PostgreSQL 15 with 5,000 tables, the index query spent
     * 410 ms compiling to return no rows. Nothing schemasync runs gains from JIT.
     */
    static final String SERVER = """
            select current_setting('server_version_num')::int as version_num,
                   current_setting('server_version') as version,
                   set_config('jit', 'off', false) as jit,
                   array(select extname::text from pg_catalog.pg_extension) as extensions""";

    private static final String USER_SCHEMA = """
            n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp\\_%'""";

    /** Objects created by CREATE EXTENSION belong to the extension, not to us. */
    private static String notInExtension(String catalog, String oid) {
        return " and not exists (select 1 from pg_depend e where e.classid = '" + catalog + "'::regclass"
                + " and e.objid = " + oid + " and e.deptype = 'e')";
    }

    private static String comment(String alias, String catalog, String oid, String subId) {
        return " left join pg_description " + alias + " on " + alias + ".objoid = " + oid + " and " + alias
                + ".classoid = '" + catalog + "'::regclass and " + alias + ".objsubid = " + subId;
    }

    /**
     * A partition of a table in a schema that is not managed (the YAML cannot write it under its parent): it is
     * reported unmanaged. The bind is the managed schemas. A partition in another managed schema is a table.
     */
    private static final String UNMANAGED_PARENTS_PARTITION = "c.relispartition and exists (select 1 from pg_inherits oi"
            + " join pg_class op on op.oid = oi.inhparent join pg_namespace opn on opn.oid = op.relnamespace"
            + " where oi.inhrelid = c.oid and not opn.nspname::text = any(?))";

    /**
     * The tables of the managed schemas; {@link TableReader} leaves out the partitions of tables in schemas that are
     * not managed (by {@code partition_of_schema}), which keeps this one bind.
     */
    private static final String MANAGED_TABLE =
            " c.relkind in ('r', 'p') and n.nspname::text = any(?)" + notInExtension("pg_class", "c.oid");

    static final String SCHEMAS = """
            select n.nspname::text as name, d.description as comment
            from pg_namespace n"""
            + comment("d", "pg_namespace", "n.oid", "0")
            + " where " + USER_SCHEMA + notInExtension("pg_namespace", "n.oid");

    static final String EXTENSIONS = """
            select n.nspname::text as schema, x.extname::text as name, x.extversion::text as version
            from pg_extension x join pg_namespace n on n.oid = x.extnamespace
            where n.nspname::text = any(?)""";

    static final String ENUMS = """
            select n.nspname::text as schema, t.typname::text as name,
                   array(select l.enumlabel::text from pg_enum l where l.enumtypid = t.oid
                         order by l.enumsortorder) as labels,
                   d.description as comment
            from pg_type t join pg_namespace n on n.oid = t.typnamespace"""
            + comment("d", "pg_type", "t.oid", "0")
            + " where t.typtype = 'e' and n.nspname::text = any(?)" + notInExtension("pg_type", "t.oid");

    /**
     * True when column {@code a} (with default {@code ad}) is what SERIAL creates: an integer column whose default
     * is nextval() of sequence {@code seq}, which the column owns. The text compared is exactly what pg_get_expr
     * prints for such a default.
     */
    private static String serialLike(String seq, String seqName, String table) {
        String base = "(" + table + "::text || '_' || a.attname::text || '_seq')";
        return " a.atttypid in ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)"
                + " and pg_get_expr(ad.adbin, ad.adrelid) = 'nextval(' || quote_literal(" + seq
                + "::regclass::text) || '::regclass)'"
                // SERIAL names its sequence <table>_<column>_seq (a digit is appended on a clash, the parts are
                // shortened past 63 bytes); a sequence of another name was made and attached by hand (OWNED BY).
                + " and (" + seqName + "::text = " + base + " or octet_length(" + base + ") > 63"
                + " or (starts_with(" + seqName + "::text, " + base + ") and substr(" + seqName + "::text, length("
                + base + ") + 1) ~ '^[0-9]+$'))";
    }

    /** Sequences owned by a column: deptype 'a' for SERIAL and OWNED BY, 'i' for identity columns. */
    static final String SEQUENCES = """
            select n.nspname::text as schema, c.relname::text as name, format_type(s.seqtypid, null) as type,
                   s.seqstart as start, s.seqincrement as increment, s.seqmin as min_value,
                   s.seqmax as max_value, s.seqcache as cache, s.seqcycle as cycle,
                   o.deptype::text as owner_dep, oc.relname::text as owner_table, on_.nspname::text as owner_schema,
                   a.attname::text as owner_column,
                   coalesce(o.deptype = 'a' and """ + serialLike("c.oid", "c.relname", "oc.relname") + """
            , false) as serial,
                   d.description as comment
            from pg_sequence s
            join pg_class c on c.oid = s.seqrelid
            join pg_namespace n on n.oid = c.relnamespace
            left join pg_depend o on o.classid = 'pg_class'::regclass and o.objid = c.oid
                 and o.refclassid = 'pg_class'::regclass and o.refobjsubid > 0 and o.deptype in ('a', 'i')
            left join pg_class oc on oc.oid = o.refobjid
            left join pg_namespace on_ on on_.oid = oc.relnamespace
            left join pg_attribute a on a.attrelid = o.refobjid and a.attnum = o.refobjsubid
            left join pg_attrdef ad on ad.adrelid = o.refobjid and ad.adnum = o.refobjsubid"""
            + comment("d", "pg_class", "c.oid", "0")
            + " where n.nspname::text = any(?)" + notInExtension("pg_class", "c.oid");

    /**
     * reloptions holds the storage parameters as {@code name=value} text; the TOAST table's come as {@code toast.name}.
     * relreplident: d default, n nothing, f full, i an index (the one with indisreplident).
     */
    static final String TABLES = """
            select n.nspname::text as schema, c.relname::text as name, d.description as comment,
                   c.relpersistence = 'u' as unlogged, c.reltoastrelid <> 0 or c.relkind = 'p' as toast_table,
                   array(select o from unnest(c.reloptions) o
                         union all select 'toast.' || o from pg_class tc, unnest(tc.reloptions) o
                         where tc.oid = c.reltoastrelid) as reloptions,
                   c.relreplident::text as replident,
                   (select ri.relname::text from pg_index x join pg_class ri on ri.oid = x.indexrelid
                    where x.indrelid = c.oid and x.indisreplident) as replident_index,
                   case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partition_by,
                   case when c.relispartition then (select pc.relname::text from pg_inherits ih
                        join pg_class pc on pc.oid = ih.inhparent where ih.inhrelid = c.oid) end as partition_of,
                   case when c.relispartition then (select pn.nspname::text from pg_inherits ih
                        join pg_class pc on pc.oid = ih.inhparent join pg_namespace pn on pn.oid = pc.relnamespace
                        where ih.inhrelid = c.oid) end as partition_of_schema,
                   case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end as bound,
                   array(select pc.relname::text from pg_inherits ih join pg_class pc on pc.oid = ih.inhparent
                         where ih.inhrelid = c.oid and not c.relispartition order by ih.inhseqno) as inherits
            from pg_class c join pg_namespace n on n.oid = c.relnamespace"""
            + comment("d", "pg_class", "c.oid", "0")
            + " where" + MANAGED_TABLE;

    /**
     * On PostgreSQL 18 attnotnull is also set by a NOT NULL constraint added NOT VALID, which does not vouch for the
     * rows already there: such a column reads as nullable, and its constraint as a check that is not validated yet
     * ({@link #constraints}).
     */
    static String columns(ServerInfo server) {
        return COLUMNS.replace("a.attnotnull as not_null", notNull(server))
                .replace("null::text as compression", server.supportsColumnCompression()
                        ? "a.attcompression::text as compression" : "null::text as compression");
    }

    private static String notNull(ServerInfo server) {
        if (!server.hasNotNullConstraints()) return "a.attnotnull as not_null";
        return "(a.attnotnull and not exists (select 1 from pg_constraint nn where nn.conrelid = a.attrelid"
                + " and nn.contype = 'n' and nn.conkey[1] = a.attnum and not nn.convalidated)) as not_null";
    }

    private static final String COLUMNS = """
            select n.nspname::text as schema, c.relname::text as table_name, a.attname::text as name,
                   format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
                   a.attidentity::text as identity, a.attgenerated::text as generated,
                   pg_get_expr(ad.adbin, ad.adrelid) as expression,
                   case when a.attcollation <> t.typcollation then co.collname::text end as collation,
                   ser.name is not null as serial, ser.name as serial_sequence, ser.type as serial_sequence_type,
                   d.description as comment, null::text as compression,
                   nullif(a.attstattarget::int, -1) as statistics,
                   ids.seqstart as identity_start, ids.seqincrement as identity_increment, ids.seqmin as identity_min,
                   ids.seqmax as identity_max, ids.seqcache as identity_cache, ids.seqcycle as identity_cycle
            from pg_attribute a
            join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
            join pg_type t on t.oid = a.atttypid
            left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
            left join pg_collation co on co.oid = a.attcollation
            left join lateral (
                 select s.relname::text as name, format_type(q.seqtypid, null) as type
                 from pg_depend sd join pg_class s on s.oid = sd.objid and s.relkind = 'S'
                 join pg_sequence q on q.seqrelid = s.oid
                 where sd.classid = 'pg_class'::regclass and sd.refclassid = 'pg_class'::regclass
                   and sd.refobjid = a.attrelid and sd.refobjsubid = a.attnum and sd.deptype = 'a'
                   and """ + serialLike("s.oid", "s.relname", "c.relname") + """
                 order by s.relname limit 1) ser on true
            left join lateral (
                 select q.* from pg_depend idd join pg_sequence q on q.seqrelid = idd.objid
                 where idd.classid = 'pg_class'::regclass and idd.refclassid = 'pg_class'::regclass
                   and idd.refobjid = a.attrelid and idd.refobjsubid = a.attnum and idd.deptype = 'i'
                 limit 1) ids on a.attidentity <> ''"""
            + comment("d", "pg_class", "c.oid", "a.attnum")
            // A partition's columns, and the ones a table inherits and does not declare itself, are its parent's.
            + " where a.attnum > 0 and not a.attisdropped and a.attislocal and" + MANAGED_TABLE
            + " order by n.nspname, c.relname, a.attnum";

    private static String attnames(String attnums, String relid) {
        return "array(select a.attname::text from unnest(" + attnums + ") with ordinality u(attnum, ord)"
                + " join pg_attribute a on a.attrelid = " + relid + " and a.attnum = u.attnum order by u.ord)";
    }

    /**
     * 'p', 'u', 'c', 'f' only: 'n' is PostgreSQL 18's NOT NULL, 't' a constraint trigger, 'x' an exclusion
     * constraint (read with its index, {@link #exclusions}). A foreign key that references a partitioned table has clones towards
     * each partition (conparentid set); only the parent is the constraint people declared. convalidated is false
     * for a check or foreign key added NOT VALID and not validated yet. A NOT NULL added NOT VALID (PostgreSQL 18)
     * is read as what it is the same as, a check {@code (column IS NOT NULL)} not validated yet: its column reads as
     * nullable ({@link #columns}).
     */
    static String constraints(ServerInfo server) {
        return """
                select n.nspname::text as schema, c.relname::text as table_name, k.conname::text as name,
                       case when k.contype = 'n' then 'c' else k.contype::text end as type,
                       k.convalidated as validated, """ + attnames("k.conkey", "k.conrelid") + """
                 as columns,
                       rn.nspname::text as ref_schema, rc.relname::text as ref_table,
                       """ + attnames("k.confkey", "k.confrelid") + """
                 as ref_columns,
                       k.confdeltype::text as on_delete, k.confupdtype::text as on_update,
                       k.confmatchtype::text as match_type, k.condeferrable as deferrable,
                       k.condeferred as deferred,
                       case when k.contype = 'c' then pg_get_expr(k.conbin, k.conrelid)
                            when k.contype = 'n' then '(' || quote_ident((select a.attname from pg_attribute a
                                 where a.attrelid = k.conrelid and a.attnum = k.conkey[1])::text) || ' IS NOT NULL)'
                            end as expression,
                       """ + nullsNotDistinct(server) + """
                 as nulls_not_distinct
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_namespace n on n.oid = c.relnamespace
                left join pg_class rc on rc.oid = k.confrelid
                left join pg_namespace rn on rn.oid = rc.relnamespace
                left join pg_index i on i.indexrelid = k.conindid
                where (k.contype in ('p', 'u', 'c', 'f')"""
                + (server.hasNotNullConstraints() ? " or (k.contype = 'n' and not k.convalidated)" : "")
                + ") and k.conparentid = 0 and k.conislocal and" + MANAGED_TABLE;
    }

    private static String nullsNotDistinct(ServerInfo server) {
        return server.supportsNullsNotDistinct() ? "coalesce(i.indnullsnotdistinct, false)" : "false";
    }

    /**
     * One row per index column (keys, then INCLUDE columns), for every index that does not back a primary key,
     * unique or exclusion constraint. indkey, indclass, indcollation and indoption are 0-based vectors;
     * indclass, indcollation and indoption only cover the key columns. pg_get_indexdef(oid, k, true) prints
     * key k alone, without opclass, collation or ordering. A key column's name and collation are looked up per
     * row (scalar subqueries, an index probe each) rather than joined: the join made the planner hash all of
     * pg_attribute, 230 ms at 5,000 tables even when the schemas asked for hold no index (a scratch schema of the
     * canonical stage), against 70 ms this way.
     * <p>
     * The query is two parts that the planner plans apart: the indexes (a materialized CTE) and their columns.
     * As one join of eleven catalogs it took 5-12 ms to plan and under 1 ms to run on a database of a few tables
     * (PostgreSQL 17; three such queries in every catalog read, two reads in a plan): most of a small plan's server
     * time. Apart, planning takes about a third of that, and at 5,000 tables the query runs as fast as before.
     */
    static String indexes(ServerInfo server) {
        return indexes(server, MANAGED_TABLE, Exclusions.NO);
    }

    /** The indexes of the managed materialized views, in the same rows as {@link #indexes(ServerInfo)}. */
    static String matviewIndexes(ServerInfo server) {
        return indexes(server, MANAGED_MATVIEW, Exclusions.NO);
    }

    private static final String MANAGED_MATVIEW = " c.relkind = 'm' and n.nspname::text = any(?)"
            + notInExtension("pg_class", "c.oid");

    /**
     * The indexes behind exclusion constraints, in the rows of {@link #indexes(ServerInfo)}, each key row with the
     * constraint's operator (conexclop, one per key; schema-qualified as {@code OPERATOR(schema.op)} when it is not
     * on the search path) and the constraint's deferral. The index has the constraint's name.
     */
    static String exclusions(ServerInfo server) {
        return indexes(server, MANAGED_TABLE, Exclusions.ONLY);
    }

    /** Whether the index query reads the indexes of exclusion constraints (and only those) or the plain ones. */
    private enum Exclusions { NO, ONLY }

    private static String indexes(ServerInfo server, String relations, Exclusions exclusions) {
        boolean x = exclusions == Exclusions.ONLY;
        return """
                with ix as materialized (
                select n.nspname, c.relname, ic.relname as index_name, i.indexrelid, i.indrelid, i.indisunique,
                       am.amname, i.indnatts, i.indnkeyatts, i.indkey, i.indclass, i.indcollation, i.indoption,
                       i.indpred, ic.reloptions, d.description,
                       """ + nullsNotDistinct(server) + " as nulls_not_distinct"
                + (x ? ", xc.conexclop, xc.condeferrable, xc.condeferred" : "") + """

                from pg_index i
                join pg_class ic on ic.oid = i.indexrelid
                join pg_am am on am.oid = ic.relam
                join pg_class c on c.oid = i.indrelid
                join pg_namespace n on n.oid = c.relnamespace"""
                + (x ? "\njoin pg_constraint xc on xc.conindid = i.indexrelid and xc.contype = 'x'"
                        + " and xc.conrelid = i.indrelid and xc.conparentid = 0" : "")
                + comment("d", "pg_class", "i.indexrelid", "0")
                // An INVALID index is what an interrupted CREATE INDEX CONCURRENTLY leaves: not there yet.
                + "\nwhere i.indisvalid and not exists (select 1 from pg_constraint x where x.conindid = i.indexrelid"
                + " and x.conrelid = i.indrelid and x.contype in (" + (x ? "'p', 'u'" : "'p', 'u', 'x'") + "))"
                // A partition's index attached to its parent's index is the parent's (PostgreSQL made it).
                + " and not exists (select 1 from pg_inherits pi where pi.inhrelid = i.indexrelid) and" + relations
                + """
                )
                select i.nspname::text as schema, i.relname::text as table_name, i.index_name::text as name,
                       i.indisunique as is_unique, i.amname::text as method, i.indnkeyatts::int as key_count,
                       i.nulls_not_distinct, pg_get_expr(i.indpred, i.indrelid) as predicate, i.description as comment,
                       i.reloptions::text[] as reloptions,
                       k.n::int as position, i.indkey[k.n - 1] <> 0 as is_column,
                       case when i.indkey[k.n - 1] <> 0 then (select a.attname::text from pg_attribute a
                                 where a.attrelid = i.indrelid and a.attnum = i.indkey[k.n - 1])
                            else pg_get_indexdef(i.indexrelid, k.n, true) end as expression,
                       case when not oc.opcdefault then
                            case when pg_catalog.pg_opclass_is_visible(oc.oid) then oc.opcname::text
                                 else (select nspname::text from pg_namespace where oid = oc.opcnamespace)
                                      || '.' || oc.opcname::text end end as opclass,
                       case when i.indcollation[k.n - 1] <> 0
                             and i.indcollation[k.n - 1] <> coalesce((select a.attcollation from pg_attribute a
                                 where a.attrelid = i.indrelid and a.attnum = i.indkey[k.n - 1]
                                   and i.indkey[k.n - 1] <> 0), it.typcollation)
                            then co.collname::text end as collation,
                       coalesce(i.indoption[k.n - 1], 0)::int as options"""
                + (x ? """
                ,
                       case when k.n <= i.indnkeyatts then (select case when pg_catalog.pg_operator_is_visible(o.oid)
                            then o.oprname::text else 'OPERATOR(' || quote_ident(on2.nspname) || '.' || o.oprname || ')'
                            end from pg_operator o join pg_namespace on2 on on2.oid = o.oprnamespace
                            where o.oid = i.conexclop[k.n]) end as operator,
                       i.condeferrable as deferrable, i.condeferred as deferred""" : "")
                + """

                from ix i
                cross join lateral generate_series(1, i.indnatts::int) k(n)
                join pg_attribute ia on ia.attrelid = i.indexrelid and ia.attnum = k.n
                join pg_type it on it.oid = ia.atttypid
                left join pg_opclass oc on oc.oid = i.indclass[k.n - 1] and k.n <= i.indnkeyatts
                left join pg_collation co on co.oid = i.indcollation[k.n - 1] and k.n <= i.indnkeyatts
                order by i.nspname, i.relname, i.index_name, k.n""";
    }

    /** The constructor functions of a range and its multirange belong to the type (deptype 'i'), as its array does. */
    private static final String RANGE_CONSTRUCTOR = " and not exists (select 1 from pg_depend i"
            + " where i.classid = 'pg_proc'::regclass and i.objid = p.oid and i.refclassid = 'pg_type'::regclass"
            + " and i.deptype = 'i')";

    /**
     * Objects of kinds schemasync does not manage, inside managed schemas: (kind, schema, table, name), where kind
     * is an {@link io.schemasync.model.ObjectRef.Kind} name. Functions and procedures are managed except those in C
     * or internal, with SQL-standard bodies, aggregates and window functions ({@code Functions.MANAGED}). Triggers and policies are kinds of the
     * registry ({@code Triggers}, {@code Policies}): the differ reports the ones the YAML does not mention.
     */
    static final String UNMANAGED = """
            select 'OTHER' as kind,
                   n.nspname::text as schema, null::text as table_name, c.relname::text as name
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where (c.relkind in ('f') or (c.relkind in ('r', 'p') and"""
            + " " + UNMANAGED_PARENTS_PARTITION + "))\n              and n.nspname::text = any(?)"
            + notInExtension("pg_class", "c.oid") + """

            union all
            select case p.prokind when 'p' then 'PROCEDURE' else 'FUNCTION' end, n.nspname::text, null,
                   p.proname::text || '(' || oidvectortypes(p.proargtypes) || ')'
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
            where n.nspname::text = any(?) and not (""" + io.schemasync.kinds.Functions.MANAGED + ")"
            + notInExtension("pg_proc", "p.oid") + RANGE_CONSTRUCTOR;

    static final int UNMANAGED_BINDS = 3;

    /**
     * INVALID indexes (what an interrupted CREATE or DROP INDEX CONCURRENTLY leaves) of the managed tables: the
     * reader does not count them as indexes; the planner drops the ones that are its own temporary indexes.
     */
    static final String INVALID_INDEXES = """
            select n.nspname::text as schema, c.relname::text as table_name, ic.relname::text as name
            from pg_index i
            join pg_class ic on ic.oid = i.indexrelid
            join pg_class c on c.oid = i.indrelid
            join pg_namespace n on n.oid = c.relnamespace
            where not i.indisvalid and""" + MANAGED_TABLE;

    /**
     * The identity sequences of the managed tables among the given names: PostgreSQL names them itself (users_id_seq)
     * and keeps that name when the table is renamed; the model does not hold it. Binds: the schemas, the names.
     */
    static final String IDENTITY_SEQUENCES = """
            select n.nspname::text as schema, c.relname::text as table_name, s.relname::text as name
            from pg_depend d
            join pg_class s on s.oid = d.objid and s.relkind = 'S'
            join pg_class c on c.oid = d.refobjid
            join pg_namespace n on n.oid = c.relnamespace
            where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype = 'i'
              and s.relnamespace = c.relnamespace and""" + MANAGED_TABLE + " and s.relname::text = any(?)";

    /**
     * The indexes of the managed tables' partitions among the given names that PostgreSQL made for an index of the
     * partitioned table (attached to it: pg_class.relispartition): the model holds only the parent's index, yet each
     * of them holds its name in the schema. Binds: the schemas, the names.
     */
    static final String PARTITION_INDEXES = """
            select n.nspname::text as schema, c.relname::text as table_name, ic.relname::text as name
            from pg_index i
            join pg_class ic on ic.oid = i.indexrelid
            join pg_class c on c.oid = i.indrelid
            join pg_namespace n on n.oid = c.relnamespace
            where ic.relispartition and""" + MANAGED_TABLE + " and ic.relname::text = any(?)";

    /**
     * Which of the given tables ({@code schema} and {@code name} arrays, live names) have no storage at all: no row
     * was ever written since the table was created or truncated; a partitioned table has none when none of its
     * partitions has (pg_partition_tree lists them; it lists nothing for a plain table). Only the tables a plan changes are asked about
     * (pg_relation_size takes a share lock, which the plan's own statements take anyway). A table that is gone reads
     * as not empty.
     */
    static final String EMPTY_TABLES = """
            select t.schema, t.name
            from unnest(?::text[], ?::text[]) as t(schema, name)
            cross join lateral (select to_regclass(quote_ident(t.schema) || '.' || quote_ident(t.name)) as r) c
            where coalesce((select sum(pg_relation_size(p.relid)) from pg_partition_tree(c.r) p),
                           pg_relation_size(c.r), 1) = 0""";

    /**
     * The relations below each partitioned table among the given ones, which a change to the table locks with it
     * (ALTER TABLE, DROP TABLE and CREATE INDEX recurse into the partitions): every partition (and sub-partitioned
     * one), its TOAST table and TOAST index, and its indexes. Tables that do not exist yet, or are not partitioned,
     * count 0.
     */
    static final String PARTITION_LOCKS = """
            select t.schema, t.name,
                   (select (count(*) + 2 * count(nullif(pc.reltoastrelid, 0)) + coalesce(sum(ix.n), 0))::int
                    from pg_partition_tree(c.r) p join pg_class pc on pc.oid = p.relid
                    cross join lateral (select count(*) as n from pg_index i where i.indrelid = pc.oid) ix
                    where p.relid <> c.r) as locks
            from unnest(?::text[], ?::text[]) as t(schema, name)
            cross join lateral (select to_regclass(quote_ident(t.schema) || '.' || quote_ident(t.name)) as r) c
            where c.r is not null""";

    static final String SESSION = """
            select pg_is_in_recovery() as in_recovery,
                   has_database_privilege(current_database(), 'CREATE') as can_create,
                   current_user::text as user_name, current_database()::text as database,
                   current_setting('max_locks_per_transaction')::int as max_locks,
                   current_setting('max_connections')::int as max_connections,
                   current_setting('max_prepared_transactions')::int as max_prepared,
                   array(select x.extname::text from pg_extension x order by 1) as extensions,
                   array(select x.extnamespace::regnamespace::text from pg_extension x order by x.extname) as extension_schemas""";

    /**
     * What every view and materialized view of the database reads (see {@link io.schemasync.model.ViewRead}), from
     * pg_depend's entries for their rewrite rules: relations (with the column, when one), and functions. In every
     * schema but the system's: a view outside the managed schemas blocks a change as much as one inside. Likewise
     * what every routine with a SQL-standard body (BEGIN ATOMIC, RETURN; PostgreSQL 14: parsed at creation, prosrc
     * left empty) reads: PostgreSQL records its dependencies as for a view, and refuses to drop or change them.
     * The reader's kind: 'v', 'm', or the routine's prokind ('f', 'p').
     */
    static final String VIEW_READS = """
            select distinct vn.nspname::text as schema, v.relname::text as view, v.relkind = 'm' as materialized,
                   rn.nspname::text as ref_schema, rc.relname::text as ref_name, a.attname::text as ref_column,
                   false as function, v.relkind::text as reader
            from pg_catalog.pg_depend d
            join pg_catalog.pg_rewrite r on d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass and r.oid = d.objid
            join pg_catalog.pg_class v on v.oid = r.ev_class and v.relkind in ('v', 'm')
            join pg_catalog.pg_namespace vn on vn.oid = v.relnamespace
            join pg_catalog.pg_class rc on d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass and rc.oid = d.refobjid
            join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
            left join pg_catalog.pg_attribute a on a.attrelid = rc.oid and a.attnum = d.refobjsubid and d.refobjsubid > 0
            where d.deptype = 'n' and rc.oid <> v.oid
              and vn.nspname not in ('pg_catalog', 'information_schema') and vn.nspname not like 'pg\\_%'
              and rn.nspname not in ('pg_catalog', 'information_schema')
            union
            select distinct vn.nspname::text, v.relname::text, v.relkind = 'm',
                   pn.nspname::text, p.proname::text || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')', null,
                   true, v.relkind::text
            from pg_catalog.pg_depend d
            join pg_catalog.pg_rewrite r on d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass and r.oid = d.objid
            join pg_catalog.pg_class v on v.oid = r.ev_class and v.relkind in ('v', 'm')
            join pg_catalog.pg_namespace vn on vn.oid = v.relnamespace
            join pg_catalog.pg_proc p on d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass and p.oid = d.refobjid
            join pg_catalog.pg_namespace pn on pn.oid = p.pronamespace
            where d.deptype = 'n' and vn.nspname not in ('pg_catalog', 'information_schema')
              and vn.nspname not like 'pg\\_%' and pn.nspname not in ('pg_catalog', 'information_schema')
            union
            select distinct fn.nspname::text, f.proname::text || '(' || pg_catalog.oidvectortypes(f.proargtypes) || ')',
                   false, rn.nspname::text, coalesce(rc.relname::text,
                       p.proname::text || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')'),
                   a.attname::text, p.oid is not null, f.prokind::text
            from pg_catalog.pg_depend d
            join pg_catalog.pg_proc f on d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass and f.oid = d.objid
                 and f.prokind in ('f', 'p') and f.prosrc = ''
            join pg_catalog.pg_language fl on fl.oid = f.prolang and fl.lanname = 'sql'
            join pg_catalog.pg_namespace fn on fn.oid = f.pronamespace
            left join pg_catalog.pg_class rc on d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                 and rc.oid = d.refobjid
            left join pg_catalog.pg_attribute a on a.attrelid = rc.oid and a.attnum = d.refobjsubid and d.refobjsubid > 0
            left join pg_catalog.pg_proc p on d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                 and p.oid = d.refobjid and p.oid <> f.oid
            join pg_catalog.pg_namespace rn on rn.oid = coalesce(rc.relnamespace, p.pronamespace)
            where d.deptype = 'n' and fn.nspname not in ('pg_catalog', 'information_schema')
              and fn.nspname not like 'pg\\_%' and rn.nspname not in ('pg_catalog', 'information_schema')
            order by 1, 2, 4, 5, 6""";
}
