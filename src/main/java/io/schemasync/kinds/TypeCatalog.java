package io.schemasync.kinds;

/** The catalog query of {@link Types}: composite types (relkind 'c') and range types, in the server's own text. */
final class TypeCatalog {
    private TypeCatalog() {}

    /**
     * The multirange of a range is read through {@code to_jsonb} of its pg_range row: the column exists from
     * PostgreSQL 14 on, and one query serves every major. Defaults read as null: the subtype's default btree
     * operator class, its own collation, no function. Dependents are what PostgreSQL would refuse a DROP TYPE for,
     * on the type, its array type or its multirange (deptype 'n'), except columns of tables: the plan counts those
     * as uses ({@code in_tables} says whether there are any). The array type, the multirange and a range's
     * constructor functions are internal to the type (they also depend on it normally, through their arguments).
     */
    static final String QUERY = """
            select n.nspname::text as schema, t.typname::text as name,
                   array(select a.attname::text from pg_catalog.pg_attribute a
                         where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped
                         order by a.attnum) as attribute_names,
                   array(select pg_catalog.format_type(a.atttypid, a.atttypmod) from pg_catalog.pg_attribute a
                         where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped
                         order by a.attnum) as attribute_types,
                   pg_catalog.format_type(r.rngsubtype, null) as subtype,
                   case when opc.opcdefault then null
                        when opn.nspname = 'pg_catalog' then pg_catalog.quote_ident(opc.opcname)
                        else pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname)
                   end as subtype_opclass,
                   case when r.rngcollation <> 0 and r.rngcollation <> st.typcollation then co.collname::text
                   end as collation,
                   case when r.rngcanonical <> 0 then r.rngcanonical::pg_catalog.regproc::text end as canonical,
                   case when r.rngsubdiff <> 0 then r.rngsubdiff::pg_catalog.regproc::text end as subtype_diff,
                   (select m.typname::text from pg_catalog.pg_type m
                    where m.oid = (pg_catalog.to_jsonb(r) ->> 'rngmultitypid')::pg_catalog.oid) as multirange,
                   d.description as comment,
                   array(select case when dep.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                                     then (select pg_catalog.pg_describe_object('pg_catalog.pg_class'::pg_catalog.regclass,
                                                  w.ev_class, 0)
                                           from pg_catalog.pg_rewrite w where w.oid = dep.objid)
                                     else pg_catalog.pg_describe_object(dep.classid, dep.objid, dep.objsubid) end
                         from pg_catalog.pg_depend dep
                         where dep.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
                           and dep.deptype = 'n'
                           and (dep.refobjid = t.oid or dep.refobjid = t.typarray
                                or dep.refobjid = (pg_catalog.to_jsonb(r) ->> 'rngmultitypid')::pg_catalog.oid)
                           and not (dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and dep.objsubid > 0
                                    and exists (select 1 from pg_catalog.pg_class tc
                                                where tc.oid = dep.objid and tc.relkind in ('r', 'p')))
                           and not (dep.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                                    and exists (select 1 from pg_catalog.pg_depend ii
                                                where ii.classid = dep.classid and ii.objid = dep.objid
                                                  and ii.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
                                                  and ii.deptype = 'i'))) as dependents,
                   exists (select 1 from pg_catalog.pg_depend dep
                           join pg_catalog.pg_class tc on tc.oid = dep.objid
                           where dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and dep.objsubid > 0
                             and tc.relkind in ('r', 'p') and dep.deptype = 'n'
                             and dep.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
                             and (dep.refobjid = t.oid or dep.refobjid = t.typarray
                                  or dep.refobjid = (pg_catalog.to_jsonb(r) ->> 'rngmultitypid')::pg_catalog.oid))
                       as in_tables
            from pg_catalog.pg_type t
            join pg_catalog.pg_namespace n on n.oid = t.typnamespace
            left join pg_catalog.pg_class c on c.oid = t.typrelid
            left join pg_catalog.pg_range r on r.rngtypid = t.oid
            left join pg_catalog.pg_type st on st.oid = r.rngsubtype
            left join pg_catalog.pg_opclass opc on opc.oid = r.rngsubopc
            left join pg_catalog.pg_namespace opn on opn.oid = opc.opcnamespace
            left join pg_catalog.pg_collation co on co.oid = r.rngcollation
            left join pg_catalog.pg_description d on d.objoid = t.oid
                 and d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass and d.objsubid = 0
            where (t.typtype = 'r' or t.typtype = 'c' and c.relkind = 'c')
              and n.nspname::text = any(?)
              and not exists (select 1 from pg_catalog.pg_depend x
                              where (x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass and x.objid = t.oid
                                     or x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and x.objid = t.typrelid)
                                and x.deptype = 'e')
            order by n.nspname, t.typname""";
}
