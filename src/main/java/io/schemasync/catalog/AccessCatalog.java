package io.schemasync.catalog;

import io.schemasync.model.Access;
import io.schemasync.model.DefaultPrivileges;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Privilege;
import io.schemasync.model.RowSecurity;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Owners, privileges and row-level security of the objects of the managed schemas, in one query. Privileges come
 * from {@code aclexplode} of the object's ACL, or of PostgreSQL's default ACL when it has none ({@code acldefault}:
 * EXECUTE on functions and USAGE on types for PUBLIC), so that a revoke of a default shows as what it is. The
 * owner's own privileges are left out: they are implicit, and follow the owner. Column privileges come from
 * pg_attribute.attacl. Objects that belong to an extension are left out.
 */
final class AccessCatalog {
    private AccessCatalog() {}

    static final String QUERY = """
            with managed(names) as (select ?::text[]),
            obj as (
              select 'SCHEMA' as kind, n.nspname::text as schema, n.nspname::text as name, null::text as routine,
                     array[]::text[] as args, n.nspowner as owner, n.nspacl as acl, 'n'::"char" as acl_kind,
                     0::oid as rel, null::boolean as rls, null::boolean as rls_forced,
                     'pg_catalog.pg_namespace'::pg_catalog.regclass as classid, n.oid as objid
              from pg_catalog.pg_namespace n where n.nspname::text in (select unnest(names) from managed)
              union all
              select case c.relkind when 'S' then 'SEQUENCE' when 'v' then 'VIEW' when 'm' then 'MATERIALIZED_VIEW'
                     else 'TABLE' end, n.nspname::text, c.relname::text, null, array[]::text[], c.relowner, c.relacl,
                     case c.relkind when 'S' then 's' else 'r' end::"char", c.oid,
                     case when c.relkind in ('r', 'p') then c.relrowsecurity end,
                     case when c.relkind in ('r', 'p') then c.relforcerowsecurity end,
                     'pg_catalog.pg_class'::pg_catalog.regclass, c.oid
              from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
              where c.relkind in ('r', 'p', 'v', 'm', 'S') and n.nspname::text in (select unnest(names) from managed)
              union all
              select case p.prokind when 'p' then 'PROCEDURE' else 'FUNCTION' end, n.nspname::text,
                     p.proname::text || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')', p.proname::text,
                     array(select pg_catalog.format_type(u.t, null)
                           from unnest(p.proargtypes::pg_catalog.oid[]) with ordinality u(t, i) order by u.i),
                     p.proowner, p.proacl, 'f'::"char", 0::oid, null, null,
                     'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid
              from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
              where p.prokind in ('f', 'p') and n.nspname::text in (select unnest(names) from managed)
              union all
              select case t.typtype when 'e' then 'TYPE' when 'd' then 'DOMAIN' else 'USER_TYPE' end, n.nspname::text,
                     t.typname::text, null, array[]::text[], t.typowner, t.typacl, 'T'::"char", 0::oid, null, null,
                     'pg_catalog.pg_type'::pg_catalog.regclass, t.oid
              from pg_catalog.pg_type t join pg_catalog.pg_namespace n on n.oid = t.typnamespace
              where (t.typtype in ('e', 'd', 'r')
                     or t.typtype = 'c' and (select c.relkind from pg_catalog.pg_class c where c.oid = t.typrelid) = 'c')
                and n.nspname::text in (select unnest(names) from managed)
            )
            select o.kind, o.schema, o.name, o.routine, o.args, pg_catalog.pg_get_userbyid(o.owner)::text as owner,
                   o.rls, o.rls_forced,
                   o.acl is not null or exists (select 1 from pg_catalog.pg_attribute a where o.rel <> 0
                       and a.attrelid = o.rel and a.attnum > 0 and not a.attisdropped and a.attacl is not null) as custom,
                   array(select case when x.grantee = 0 then 'public' else pg_catalog.pg_get_userbyid(x.grantee)::text end
                                || E'\\t' || lower(x.privilege_type) || E'\\t' || E'\\t' || x.is_grantable::text
                         from pg_catalog.aclexplode(coalesce(o.acl, pg_catalog.acldefault(o.acl_kind, o.owner))) x
                         where x.grantee <> o.owner
                         union all
                         select case when x.grantee = 0 then 'public' else pg_catalog.pg_get_userbyid(x.grantee)::text end
                                || E'\\t' || lower(x.privilege_type) || E'\\t' || a.attname::text || E'\\t'
                                || x.is_grantable::text
                         from pg_catalog.pg_attribute a, pg_catalog.aclexplode(a.attacl) x
                         where o.rel <> 0 and a.attrelid = o.rel and a.attnum > 0 and not a.attisdropped
                           and a.attacl is not null and x.grantee <> o.owner) as privileges
            from obj o
            where not exists (select 1 from pg_catalog.pg_depend d
                              where d.classid = o.classid and d.objid = o.objid and d.deptype = 'e')
            order by o.schema, o.kind, o.name""";

    /**
     * pg_default_acl of the managed schemas and of the whole database (schema null). What the role grants itself is
     * left out, like an owner's own privileges: the objects it creates are its own.
     */
    static final String DEFAULTS = """
            select n.nspname::text as schema, pg_catalog.pg_get_userbyid(d.defaclrole)::text as for_role,
                   d.defaclobjtype::text as objtype,
                   array(select case when x.grantee = 0 then 'public' else pg_catalog.pg_get_userbyid(x.grantee)::text end
                                || E'\\t' || lower(x.privilege_type) || E'\\t' || E'\\t' || x.is_grantable::text
                         from pg_catalog.aclexplode(d.defaclacl) x where x.grantee <> d.defaclrole) as privileges
            from pg_catalog.pg_default_acl d
            left join pg_catalog.pg_namespace n on n.oid = d.defaclnamespace
            where d.defaclnamespace = 0 or n.nspname::text = any(?)
            order by 1, 2, 3""";

    static List<DefaultPrivileges> defaults(List<Record> rows) {
        List<DefaultPrivileges> out = new ArrayList<>();
        for (Record r : rows) {
            out.add(new DefaultPrivileges(r.get("schema", String.class), r.get("for_role", String.class),
                    DefaultPrivileges.on(r.get("objtype", String.class)), privileges(r.get("privileges", String[].class))));
        }
        return out;
    }

    /** The roles of the cluster, for the check that every role the YAML names exists. */
    static final String ROLES = "select rolname::text as name from pg_catalog.pg_roles order by 1";

    static List<Access> read(List<Record> rows) {
        List<Access> out = new ArrayList<>();
        for (Record r : rows) {
            ObjectRef.Kind kind = ObjectRef.Kind.valueOf(r.get("kind", String.class));
            String schema = r.get("schema", String.class);
            ObjectRef target = kind == ObjectRef.Kind.SCHEMA ? ObjectRef.schema(schema)
                    : ObjectRef.of(kind, schema, r.get("name", String.class));
            Boolean rls = r.get("rls", Boolean.class);
            RowSecurity rowSecurity = rls == null ? null : new RowSecurity(rls, r.get("rls_forced", Boolean.class));
            out.add(new Access(target, r.get("routine", String.class), List.of(r.get("args", String[].class)),
                    r.get("owner", String.class), privileges(r.get("privileges", String[].class)), rowSecurity,
                    r.get("custom", Boolean.class)));
        }
        return out;
    }

    /** One per role, privilege and column; granted by several grantors, grantable when any grant is. */
    private static List<Privilege> privileges(String[] rows) {
        Map<String, Privilege> out = new LinkedHashMap<>();
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            String column = f[2].isEmpty() ? null : f[2];
            Privilege p = new Privilege(f[0], f[1], column, Boolean.parseBoolean(f[3]));
            out.merge(f[0] + "\0" + f[1] + "\0" + f[2], p, (a, b) -> a.grantable() ? a : b);
        }
        return List.copyOf(out.values());
    }
}
