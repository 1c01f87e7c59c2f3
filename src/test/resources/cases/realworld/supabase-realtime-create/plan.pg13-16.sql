-- create type realtime.action: create enum (INSERT, UPDATE, DELETE, TRUNCATE, ERROR)
CREATE TYPE "realtime"."action" AS ENUM ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'ERROR');
-- create type realtime.equality_op: create enum (eq, neq, lt, lte, gt, gte, in)
CREATE TYPE "realtime"."equality_op" AS ENUM ('eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in');
-- create function realtime.broadcast_changes(text, text, text, text, text, record, record, text): create (plpgsql, returns void)
CREATE FUNCTION "realtime"."broadcast_changes"("topic_name" text, "event_name" text, "operation" text, "table_name" text, "table_schema" text, "new" record, "old" record, "level" text DEFAULT ('ROW'::text))
 RETURNS void
 LANGUAGE plpgsql
 AS $fn$
DECLARE
    row_data jsonb := '{}'::jsonb;
BEGIN
    IF level = 'STATEMENT' THEN
        RAISE EXCEPTION 'function can only be triggered for each row, not for each statement';
    END IF;
    IF operation = 'INSERT' OR operation = 'UPDATE' OR operation = 'DELETE' THEN
        row_data := jsonb_build_object('old_record', OLD, 'record', NEW, 'operation', operation, 'table', table_name, 'schema', table_schema);
        PERFORM realtime.send (row_data, event_name, topic_name);
    ELSE
        RAISE EXCEPTION 'Unexpected operation type: %', operation;
    END IF;
EXCEPTION
    WHEN OTHERS THEN
        RAISE EXCEPTION 'Failed to process the row: %', SQLERRM;
END;
$fn$;
-- create function realtime.cast(text, regtype): create (plpgsql, returns jsonb)
CREATE FUNCTION "realtime"."cast"("val" text, "type_" regtype)
 RETURNS jsonb
 LANGUAGE plpgsql
 IMMUTABLE
 AS $fn$
declare
  res jsonb;
begin
  execute format('select to_jsonb(%L::'|| type_::text || ')', val)  into res;
  return res;
end
$fn$;
-- create function realtime.check_equality_op(realtime.equality_op, regtype, text, text): create (plpgsql, returns boolean)
CREATE FUNCTION "realtime"."check_equality_op"("op" realtime.equality_op, "type_" regtype, "val_1" text, "val_2" text)
 RETURNS boolean
 LANGUAGE plpgsql
 IMMUTABLE
 AS $fn$
declare
      op_symbol text = (
          case
              when op = 'eq' then '='
              when op = 'neq' then '!='
              when op = 'lt' then '<'
              when op = 'lte' then '<='
              when op = 'gt' then '>'
              when op = 'gte' then '>='
              when op = 'in' then '= any'
              else 'UNKNOWN OP'
          end
      );
      res boolean;
  begin
      execute format(
          'select %L::'|| type_::text || ' ' || op_symbol
          || ' ( %L::'
          || (
              case
                  when op = 'in' then type_::text || '[]'
                  else type_::text end
          )
          || ')', val_1, val_2) into res;
      return res;
  end;
$fn$;
-- create function realtime.quote_wal2json(regclass): create (sql, returns text)
CREATE FUNCTION "realtime"."quote_wal2json"("entity" regclass)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
 AS $fn$
select
    (
      select string_agg('' || ch,'')
      from unnest(string_to_array(nsp.nspname::text, null)) with ordinality x(ch, idx)
      where
        not (x.idx = 1 and x.ch = '"')
        and not (
          x.idx = array_length(string_to_array(nsp.nspname::text, null), 1)
          and x.ch = '"'
        )
    )
    || '.'
    || (
      select string_agg('' || ch,'')
      from unnest(string_to_array(pc.relname::text, null)) with ordinality x(ch, idx)
      where
        not (x.idx = 1 and x.ch = '"')
        and not (
          x.idx = array_length(string_to_array(pc.relname::text, null), 1)
          and x.ch = '"'
        )
      )
  from
    pg_class pc
    join pg_namespace nsp
      on pc.relnamespace = nsp.oid
  where
    pc.oid = entity
$fn$;
-- create function realtime.send(jsonb, text, text, boolean): create (plpgsql, returns void)
CREATE FUNCTION "realtime"."send"("payload" jsonb, "event" text, "topic" text, "private" boolean DEFAULT (true))
 RETURNS void
 LANGUAGE plpgsql
 AS $fn$
DECLARE
  generated_id uuid;
  final_payload jsonb;
BEGIN
  BEGIN
    generated_id := gen_random_uuid();

    IF payload ? 'id' THEN
      final_payload := payload;
    ELSE
      final_payload := jsonb_set(payload, '{id}', to_jsonb(generated_id));
    END IF;

    EXECUTE format('SET LOCAL realtime.topic TO %L', topic);

    INSERT INTO realtime.messages (id, payload, event, topic, private, extension)
    VALUES (generated_id, final_payload, event, topic, private, 'broadcast');
  EXCEPTION
    WHEN OTHERS THEN
      RAISE WARNING 'ErrorSendingBroadcastMessage: %', SQLERRM;
  END;
END;
$fn$;
-- create function realtime.to_regrole(text): create (sql, returns regrole)
CREATE FUNCTION "realtime"."to_regrole"("role_name" text)
 RETURNS regrole
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
select role_name::regrole
$fn$;
-- create function realtime.topic(): create (sql, returns text)
CREATE FUNCTION "realtime"."topic"()
 RETURNS text
 LANGUAGE sql
 STABLE
 AS $fn$
select nullif(current_setting('realtime.topic', true), '')::text;
$fn$;
-- create type realtime.user_defined_filter: create composite (3 attributes)
CREATE TYPE "realtime"."user_defined_filter" AS ("column_name" text, "op" realtime.equality_op, "value" text);
-- create function realtime.subscription_check_filters(): create (plpgsql, returns trigger)
CREATE FUNCTION "realtime"."subscription_check_filters"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
declare
    col_names text[] = coalesce(
            array_agg(c.column_name order by c.ordinal_position),
            '{}'::text[]
        )
        from
            information_schema.columns c
        where
            format('%I.%I', c.table_schema, c.table_name)::regclass = new.entity
            and pg_catalog.has_column_privilege(
                (new.claims ->> 'role'),
                format('%I.%I', c.table_schema, c.table_name)::regclass,
                c.column_name,
                'SELECT'
            );
    filter realtime.user_defined_filter;
    col_type regtype;

    in_val jsonb;
begin
    for filter in select * from unnest(new.filters) loop
        if not filter.column_name = any(col_names) then
            raise exception 'invalid column for filter %', filter.column_name;
        end if;

        col_type = (
            select atttypid::regtype
            from pg_catalog.pg_attribute
            where attrelid = new.entity
                  and attname = filter.column_name
        );
        if col_type is null then
            raise exception 'failed to lookup type for column %', filter.column_name;
        end if;

        if filter.op = 'in'::realtime.equality_op then
            in_val = realtime.cast(filter.value, (col_type::text || '[]')::regtype);
            if coalesce(jsonb_array_length(in_val), 0) > 100 then
                raise exception 'too many values for `in` filter. Maximum 100';
            end if;
        else
            perform realtime.cast(filter.value, col_type);
        end if;

    end loop;

    new.filters = coalesce(
        array_agg(f order by f.column_name, f.op, f.value),
        '{}'
    ) from unnest(new.filters) f;

    return new;
end;
$fn$;
-- create type realtime.wal_column: create composite (6 attributes)
CREATE TYPE "realtime"."wal_column" AS ("name" text, "type_name" text, "type_oid" oid, "value" jsonb, "is_pkey" boolean, "is_selectable" boolean);
-- create function realtime.build_prepared_statement_sql(text, regclass, realtime.wal_column[]): create (sql, returns text)
CREATE FUNCTION "realtime"."build_prepared_statement_sql"("prepared_statement_name" text, "entity" regclass, "columns" realtime.wal_column[])
 RETURNS text
 LANGUAGE sql
 AS $fn$
select
  'prepare ' || prepared_statement_name || ' as
      select
          exists(
              select
                  1
              from
                  ' || entity || '
              where
                  ' || string_agg(quote_ident(pkc.name) || '=' || quote_nullable(pkc.value #>> '{}') , ' and ') || '
          )'
      from
          unnest(columns) pkc
      where
          pkc.is_pkey
      group by
          entity
$fn$;
-- create function realtime.is_visible_through_filters(realtime.wal_column[], realtime.user_defined_filter[]): create (sql, returns boolean)
CREATE FUNCTION "realtime"."is_visible_through_filters"("columns" realtime.wal_column[], "filters" realtime.user_defined_filter[])
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
select
        $2 is null
        or array_length($2, 1) is null
        or bool_and(
            coalesce(
                realtime.check_equality_op(
                    op:=f.op,
                    type_:=coalesce(
                        col.type_oid::regtype,
                        col.type_name::regtype
                    ),
                    val_1:=col.value #>> '{}',
                    val_2:=f.value
                ),
                false
            )
        )
    from
        unnest(filters) f
        join unnest(columns) col
            on f.column_name = col.name;
$fn$;
-- create type realtime.wal_rls: create composite (4 attributes)
CREATE TYPE "realtime"."wal_rls" AS ("wal" jsonb, "is_rls_enabled" boolean, "subscription_ids" uuid[], "errors" text[]);
-- create table realtime.messages: create (8 columns), partitioned by RANGE (inserted_at)
CREATE TABLE "realtime"."messages" (
    "topic" text NOT NULL,
    "extension" text NOT NULL,
    "payload" jsonb,
    "event" text,
    "private" boolean DEFAULT (false),
    "updated_at" timestamp without time zone DEFAULT (now()) NOT NULL,
    "inserted_at" timestamp without time zone DEFAULT (now()) NOT NULL,
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    CONSTRAINT "messages_pkey" PRIMARY KEY ("id", "inserted_at")
) PARTITION BY RANGE (inserted_at);
-- create table realtime.messages_2026_02_11: create partition of messages FOR VALUES FROM ('2026-02-11 00:00:00') TO ('2026-02-12 00:00:00')
CREATE TABLE "realtime"."messages_2026_02_11" PARTITION OF "realtime"."messages" FOR VALUES FROM ('2026-02-11 00:00:00') TO ('2026-02-12 00:00:00');
-- create table realtime.messages_2026_02_12: create partition of messages FOR VALUES FROM ('2026-02-12 00:00:00') TO ('2026-02-13 00:00:00')
CREATE TABLE "realtime"."messages_2026_02_12" PARTITION OF "realtime"."messages" FOR VALUES FROM ('2026-02-12 00:00:00') TO ('2026-02-13 00:00:00');
-- create table realtime.subscription: create (8 columns)
CREATE TABLE "realtime"."subscription" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "subscription_id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "entity" regclass NOT NULL,
    "filters" realtime.user_defined_filter[] DEFAULT ('{}'::realtime.user_defined_filter[]) NOT NULL,
    "claims" jsonb NOT NULL,
    "claims_role" regrole GENERATED ALWAYS AS (realtime.to_regrole((claims ->> 'role'::text))) STORED NOT NULL,
    "created_at" timestamp without time zone DEFAULT (timezone('utc'::text, now())) NOT NULL,
    "action_filter" text DEFAULT ('*'::text),
    CONSTRAINT "pk_subscription" PRIMARY KEY ("id"),
    CONSTRAINT "subscription_action_filter_check" CHECK (action_filter = ANY (ARRAY['*'::text, 'INSERT'::text, 'UPDATE'::text, 'DELETE'::text]))
);
-- create trigger realtime.subscription.tr_check_filters: create (before insert or update, for each row)
CREATE TRIGGER "tr_check_filters" BEFORE INSERT OR UPDATE ON "realtime"."subscription" FOR EACH ROW EXECUTE FUNCTION "realtime"."subscription_check_filters"();
-- create function realtime.apply_rls(jsonb, integer): create (plpgsql, returns setof realtime.wal_rls)
CREATE FUNCTION "realtime"."apply_rls"("wal" jsonb, "max_record_bytes" integer DEFAULT (1024 * 1024))
 RETURNS SETOF realtime.wal_rls
 LANGUAGE plpgsql
 AS $fn$
declare
entity_ regclass = (quote_ident(wal ->> 'schema') || '.' || quote_ident(wal ->> 'table'))::regclass;

action realtime.action = (
    case wal ->> 'action'
        when 'I' then 'INSERT'
        when 'U' then 'UPDATE'
        when 'D' then 'DELETE'
        else 'ERROR'
    end
);

is_rls_enabled bool = relrowsecurity from pg_class where oid = entity_;

subscriptions realtime.subscription[] = array_agg(subs)
    from
        realtime.subscription subs
    where
        subs.entity = entity_
        and (subs.action_filter = '*' or subs.action_filter = action::text);

roles regrole[] = array_agg(distinct us.claims_role::text)
    from
        unnest(subscriptions) us;

working_role regrole;
claimed_role regrole;
claims jsonb;

subscription_id uuid;
subscription_has_access bool;
visible_to_subscription_ids uuid[] = '{}';

columns realtime.wal_column[];
old_columns realtime.wal_column[];

error_record_exceeds_max_size boolean = octet_length(wal::text) > max_record_bytes;

output jsonb;

begin
perform set_config('role', null, true);

columns =
    array_agg(
        (
            x->>'name',
            x->>'type',
            x->>'typeoid',
            realtime.cast(
                (x->'value') #>> '{}',
                coalesce(
                    (x->>'typeoid')::regtype,
                    (x->>'type')::regtype
                )
            ),
            (pks ->> 'name') is not null,
            true
        )::realtime.wal_column
    )
    from
        jsonb_array_elements(wal -> 'columns') x
        left join jsonb_array_elements(wal -> 'pk') pks
            on (x ->> 'name') = (pks ->> 'name');

old_columns =
    array_agg(
        (
            x->>'name',
            x->>'type',
            x->>'typeoid',
            realtime.cast(
                (x->'value') #>> '{}',
                coalesce(
                    (x->>'typeoid')::regtype,
                    (x->>'type')::regtype
                )
            ),
            (pks ->> 'name') is not null,
            true
        )::realtime.wal_column
    )
    from
        jsonb_array_elements(wal -> 'identity') x
        left join jsonb_array_elements(wal -> 'pk') pks
            on (x ->> 'name') = (pks ->> 'name');

for working_role in select * from unnest(roles) loop

    columns =
        array_agg(
            (
                c.name,
                c.type_name,
                c.type_oid,
                c.value,
                c.is_pkey,
                pg_catalog.has_column_privilege(working_role, entity_, c.name, 'SELECT')
            )::realtime.wal_column
        )
        from
            unnest(columns) c;

    old_columns =
            array_agg(
                (
                    c.name,
                    c.type_name,
                    c.type_oid,
                    c.value,
                    c.is_pkey,
                    pg_catalog.has_column_privilege(working_role, entity_, c.name, 'SELECT')
                )::realtime.wal_column
            )
            from
                unnest(old_columns) c;

    if action <> 'DELETE' and count(1) = 0 from unnest(columns) c where c.is_pkey then
        return next (
            jsonb_build_object(
                'schema', wal ->> 'schema',
                'table', wal ->> 'table',
                'type', action
            ),
            is_rls_enabled,
            (select array_agg(s.subscription_id) from unnest(subscriptions) as s where claims_role = working_role),
            array['Error 400: Bad Request, no primary key']
        )::realtime.wal_rls;

    elsif action <> 'DELETE' and sum(c.is_selectable::int) <> count(1) from unnest(columns) c where c.is_pkey then
        return next (
            jsonb_build_object(
                'schema', wal ->> 'schema',
                'table', wal ->> 'table',
                'type', action
            ),
            is_rls_enabled,
            (select array_agg(s.subscription_id) from unnest(subscriptions) as s where claims_role = working_role),
            array['Error 401: Unauthorized']
        )::realtime.wal_rls;

    else
        output = jsonb_build_object(
            'schema', wal ->> 'schema',
            'table', wal ->> 'table',
            'type', action,
            'commit_timestamp', to_char(
                ((wal ->> 'timestamp')::timestamptz at time zone 'utc'),
                'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'
            ),
            'columns', (
                select
                    jsonb_agg(
                        jsonb_build_object(
                            'name', pa.attname,
                            'type', pt.typname
                        )
                        order by pa.attnum asc
                    )
                from
                    pg_attribute pa
                    join pg_type pt
                        on pa.atttypid = pt.oid
                where
                    attrelid = entity_
                    and attnum > 0
                    and pg_catalog.has_column_privilege(working_role, entity_, pa.attname, 'SELECT')
            )
        )
        || case
            when action in ('INSERT', 'UPDATE') then
                jsonb_build_object(
                    'record',
                    (
                        select
                            jsonb_object_agg(
                                coalesce((c).name, (oc).name),
                                case
                                    when (c).name is null then (oc).value
                                    else (c).value
                                end
                            )
                        from
                            unnest(columns) c
                            full outer join unnest(old_columns) oc
                                on (c).name = (oc).name
                        where
                            coalesce((c).is_selectable, (oc).is_selectable)
                            and ( not error_record_exceeds_max_size or (octet_length((c).value::text) <= 64))
                    )
                )
            else '{}'::jsonb
        end
        || case
            when action = 'UPDATE' then
                jsonb_build_object(
                        'old_record',
                        (
                            select jsonb_object_agg((c).name, (c).value)
                            from unnest(old_columns) c
                            where
                                (c).is_selectable
                                and ( not error_record_exceeds_max_size or (octet_length((c).value::text) <= 64))
                        )
                    )
            when action = 'DELETE' then
                jsonb_build_object(
                    'old_record',
                    (
                        select jsonb_object_agg((c).name, (c).value)
                        from unnest(old_columns) c
                        where
                            (c).is_selectable
                            and ( not error_record_exceeds_max_size or (octet_length((c).value::text) <= 64))
                            and ( not is_rls_enabled or (c).is_pkey )
                    )
                )
            else '{}'::jsonb
        end;

        if is_rls_enabled and action <> 'DELETE' then
            if (select 1 from pg_prepared_statements where name = 'walrus_rls_stmt' limit 1) > 0 then
                deallocate walrus_rls_stmt;
            end if;
            execute realtime.build_prepared_statement_sql('walrus_rls_stmt', entity_, columns);
        end if;

        visible_to_subscription_ids = '{}';

        for subscription_id, claims in (
                select
                    subs.subscription_id,
                    subs.claims
                from
                    unnest(subscriptions) subs
                where
                    subs.entity = entity_
                    and subs.claims_role = working_role
                    and (
                        realtime.is_visible_through_filters(columns, subs.filters)
                        or (
                          action = 'DELETE'
                          and realtime.is_visible_through_filters(old_columns, subs.filters)
                        )
                    )
        ) loop

            if not is_rls_enabled or action = 'DELETE' then
                visible_to_subscription_ids = visible_to_subscription_ids || subscription_id;
            else
                perform
                    set_config('role', trim(both '"' from working_role::text), true),
                    set_config('request.jwt.claims', claims::text, true);

                execute 'execute walrus_rls_stmt' into subscription_has_access;

                if subscription_has_access then
                    visible_to_subscription_ids = visible_to_subscription_ids || subscription_id;
                end if;
            end if;
        end loop;

        perform set_config('role', null, true);

        return next (
            output,
            is_rls_enabled,
            visible_to_subscription_ids,
            case
                when error_record_exceeds_max_size then array['Error 413: Payload Too Large']
                else '{}'
            end
        )::realtime.wal_rls;

    end if;
end loop;

perform set_config('role', null, true);
end;
$fn$;
-- create function realtime.list_changes(name, name, integer, integer): create (sql, returns setof realtime.wal_rls)
CREATE FUNCTION "realtime"."list_changes"("publication" name, "slot_name" name, "max_changes" integer, "max_record_bytes" integer)
 RETURNS SETOF realtime.wal_rls
 LANGUAGE sql
 SET log_min_messages = 'fatal'
 AS $fn$
with pub as (
    select
      concat_ws(
        ',',
        case when bool_or(pubinsert) then 'insert' else null end,
        case when bool_or(pubupdate) then 'update' else null end,
        case when bool_or(pubdelete) then 'delete' else null end
      ) as w2j_actions,
      coalesce(
        string_agg(
          realtime.quote_wal2json(format('%I.%I', schemaname, tablename)::regclass),
          ','
        ) filter (where ppt.tablename is not null and ppt.tablename not like '% %'),
        ''
      ) w2j_add_tables
    from
      pg_publication pp
      left join pg_publication_tables ppt
        on pp.pubname = ppt.pubname
    where
      pp.pubname = publication
    group by
      pp.pubname
    limit 1
  ),
  w2j as (
    select
      x.*, pub.w2j_add_tables
    from
      pub,
      pg_logical_slot_get_changes(
        slot_name, null, max_changes,
        'include-pk', 'true',
        'include-transaction', 'false',
        'include-timestamp', 'true',
        'include-type-oids', 'true',
        'format-version', '2',
        'actions', pub.w2j_actions,
        'add-tables', pub.w2j_add_tables
      ) x
  )
  select
    xyz.wal,
    xyz.is_rls_enabled,
    xyz.subscription_ids,
    xyz.errors
  from
    w2j,
    realtime.apply_rls(
      wal := w2j.data::jsonb,
      max_record_bytes := max_record_bytes
    ) xyz(wal, is_rls_enabled, subscription_ids, errors)
  where
    w2j.w2j_add_tables <> ''
    and xyz.subscription_ids[1] is not null
$fn$;
-- create index realtime.messages.messages_inserted_at_topic_index: create
CREATE INDEX "messages_inserted_at_topic_index" ON "realtime"."messages" USING "btree" ("inserted_at" DESC, "topic") WHERE ((extension = 'broadcast'::text) AND (private IS TRUE));
-- create index realtime.subscription.ix_realtime_subscription_entity: create
CREATE INDEX "ix_realtime_subscription_entity" ON "realtime"."subscription" USING "btree" ("entity");
-- create index realtime.subscription.subscription_subscription_id_entity_filters_action_filter_key: create (unique)
CREATE UNIQUE INDEX "subscription_subscription_id_entity_filters_action_filter_key" ON "realtime"."subscription" USING "btree" ("subscription_id", "entity", "filters", "action_filter");
-- alter function realtime.apply_rls(jsonb, integer): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."apply_rls"(jsonb, integer) TO "supabase_realtime_admin";
-- alter function realtime.broadcast_changes(text, text, text, text, text, record, record, text): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."broadcast_changes"(text, text, text, text, text, record, record, text) TO "supabase_realtime_admin";
-- alter function realtime.build_prepared_statement_sql(text, regclass, realtime.wal_column[]): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."build_prepared_statement_sql"(text, regclass, realtime.wal_column[]) TO "supabase_realtime_admin";
-- alter function realtime.cast(text, regtype): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."cast"(text, regtype) TO "supabase_realtime_admin";
-- alter function realtime.check_equality_op(realtime.equality_op, regtype, text, text): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."check_equality_op"(realtime.equality_op, regtype, text, text) TO "supabase_realtime_admin";
-- alter function realtime.is_visible_through_filters(realtime.wal_column[], realtime.user_defined_filter[]): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."is_visible_through_filters"(realtime.wal_column[], realtime.user_defined_filter[]) TO "supabase_realtime_admin";
-- alter function realtime.list_changes(name, name, integer, integer): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."list_changes"(name, name, integer, integer) TO "supabase_realtime_admin";
-- alter function realtime.quote_wal2json(regclass): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."quote_wal2json"(regclass) TO "supabase_realtime_admin";
-- alter function realtime.send(jsonb, text, text, boolean): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."send"(jsonb, text, text, boolean) TO "supabase_realtime_admin";
-- alter function realtime.subscription_check_filters(): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."subscription_check_filters"() TO "supabase_realtime_admin";
-- alter function realtime.to_regrole(text): grant execute to supabase_realtime_admin
GRANT EXECUTE ON FUNCTION "realtime"."to_regrole"(text) TO "supabase_realtime_admin";
-- alter function realtime.topic(): owner supabase_realtime_admin
ALTER FUNCTION "realtime"."topic"() OWNER TO "supabase_realtime_admin";
-- alter schema realtime: grant usage to anon; usage to authenticated; usage to service_role; usage, create to supabase_realtime_admin
GRANT USAGE ON SCHEMA "realtime" TO "anon";
GRANT USAGE ON SCHEMA "realtime" TO "authenticated";
GRANT USAGE ON SCHEMA "realtime" TO "service_role";
GRANT USAGE, CREATE ON SCHEMA "realtime" TO "supabase_realtime_admin";
-- alter table realtime.messages: owner supabase_realtime_admin
ALTER TABLE "realtime"."messages" OWNER TO "supabase_realtime_admin";
-- alter table realtime.messages: grant select, insert, update to anon; select, insert, update to authenticated; select, insert, update to service_role
GRANT SELECT, INSERT, UPDATE ON TABLE "realtime"."messages" TO "anon";
GRANT SELECT, INSERT, UPDATE ON TABLE "realtime"."messages" TO "authenticated";
GRANT SELECT, INSERT, UPDATE ON TABLE "realtime"."messages" TO "service_role";
-- alter table realtime.messages: enable row level security
ALTER TABLE "realtime"."messages" ENABLE ROW LEVEL SECURITY;
-- alter table realtime.schema_migrations: grant select to anon; select to authenticated; select to service_role; select, insert, update, delete, truncate, references, trigger to supabase_realtime_admin
GRANT SELECT ON TABLE "realtime"."schema_migrations" TO "anon";
GRANT SELECT ON TABLE "realtime"."schema_migrations" TO "authenticated";
GRANT SELECT ON TABLE "realtime"."schema_migrations" TO "service_role";
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE "realtime"."schema_migrations" TO "supabase_realtime_admin";
-- alter table realtime.subscription: grant select to anon; select to authenticated; select to service_role; select, insert, update, delete, truncate, references, trigger to supabase_realtime_admin
GRANT SELECT ON TABLE "realtime"."subscription" TO "anon";
GRANT SELECT ON TABLE "realtime"."subscription" TO "authenticated";
GRANT SELECT ON TABLE "realtime"."subscription" TO "service_role";
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE "realtime"."subscription" TO "supabase_realtime_admin";
