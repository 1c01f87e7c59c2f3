-- create schema hdb_catalog: create
CREATE SCHEMA "hdb_catalog";
-- create extension public.pgcrypto: create
CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "public";
-- create view hdb_catalog.hdb_check_constraint: create (4 columns)
CREATE VIEW "hdb_catalog"."hdb_check_constraint" ("table_schema", "table_name", "constraint_name", "check") AS (
SELECT (n.nspname)::text AS table_schema,
    (ct.relname)::text AS table_name,
    (r.conname)::text AS constraint_name,
    pg_get_constraintdef(r.oid, true) AS "check"
   FROM ((pg_constraint r
     JOIN pg_class ct ON ((r.conrelid = ct.oid)))
     JOIN pg_namespace n ON ((ct.relnamespace = n.oid)))
  WHERE (r.contype = 'c'::"char")
);
-- create view hdb_catalog.hdb_foreign_key_constraint: create (9 columns)
CREATE VIEW "hdb_catalog"."hdb_foreign_key_constraint" ("table_schema", "table_name", "constraint_name", "constraint_oid", "ref_table_table_schema", "ref_table", "column_mapping", "on_update", "on_delete") AS (
SELECT (q.table_schema)::text AS table_schema,
    (q.table_name)::text AS table_name,
    (q.constraint_name)::text AS constraint_name,
    (min(q.constraint_oid))::integer AS constraint_oid,
    min((q.ref_table_table_schema)::text) AS ref_table_table_schema,
    min((q.ref_table)::text) AS ref_table,
    json_object_agg(ac.attname, afc.attname) AS column_mapping,
    min((q.confupdtype)::text) AS on_update,
    min((q.confdeltype)::text) AS on_delete
   FROM ((( SELECT ctn.nspname AS table_schema,
            ct.relname AS table_name,
            r.conrelid AS table_id,
            r.conname AS constraint_name,
            r.oid AS constraint_oid,
            cftn.nspname AS ref_table_table_schema,
            cft.relname AS ref_table,
            r.confrelid AS ref_table_id,
            r.confupdtype,
            r.confdeltype,
            unnest(r.conkey) AS column_id,
            unnest(r.confkey) AS ref_column_id
           FROM ((((pg_constraint r
             JOIN pg_class ct ON ((r.conrelid = ct.oid)))
             JOIN pg_namespace ctn ON ((ct.relnamespace = ctn.oid)))
             JOIN pg_class cft ON ((r.confrelid = cft.oid)))
             JOIN pg_namespace cftn ON ((cft.relnamespace = cftn.oid)))
          WHERE (r.contype = 'f'::"char")) q
     JOIN pg_attribute ac ON (((q.column_id = ac.attnum) AND (q.table_id = ac.attrelid))))
     JOIN pg_attribute afc ON (((q.ref_column_id = afc.attnum) AND (q.ref_table_id = afc.attrelid))))
  GROUP BY q.table_schema, q.table_name, q.constraint_name
);
-- create view hdb_catalog.hdb_function_agg: create (11 columns)
CREATE VIEW "hdb_catalog"."hdb_function_agg" ("function_name", "function_schema", "has_variadic", "function_type", "function_definition", "return_type_schema", "return_type_name", "return_type_type", "returns_set", "input_arg_types", "input_arg_names") AS (
SELECT (p.proname)::text AS function_name,
    (pn.nspname)::text AS function_schema,
        CASE
            WHEN (p.provariadic = (0)::oid) THEN false
            ELSE true
        END AS has_variadic,
        CASE
            WHEN ((p.provolatile)::text = ('i'::character(1))::text) THEN 'IMMUTABLE'::text
            WHEN ((p.provolatile)::text = ('s'::character(1))::text) THEN 'STABLE'::text
            WHEN ((p.provolatile)::text = ('v'::character(1))::text) THEN 'VOLATILE'::text
            ELSE NULL::text
        END AS function_type,
    pg_get_functiondef(p.oid) AS function_definition,
    (rtn.nspname)::text AS return_type_schema,
    (rt.typname)::text AS return_type_name,
        CASE
            WHEN ((rt.typtype)::text = ('b'::character(1))::text) THEN 'BASE'::text
            WHEN ((rt.typtype)::text = ('c'::character(1))::text) THEN 'COMPOSITE'::text
            WHEN ((rt.typtype)::text = ('d'::character(1))::text) THEN 'DOMAIN'::text
            WHEN ((rt.typtype)::text = ('e'::character(1))::text) THEN 'ENUM'::text
            WHEN ((rt.typtype)::text = ('r'::character(1))::text) THEN 'RANGE'::text
            WHEN ((rt.typtype)::text = ('p'::character(1))::text) THEN 'PSUEDO'::text
            ELSE NULL::text
        END AS return_type_type,
    p.proretset AS returns_set,
    ( SELECT COALESCE(json_agg(q.type_name), '[]'::json) AS "coalesce"
           FROM ( SELECT pt.typname AS type_name,
                    pat.ordinality
                   FROM (unnest(COALESCE(p.proallargtypes, (p.proargtypes)::oid[])) WITH ORDINALITY pat(oid, ordinality)
                     LEFT JOIN pg_type pt ON ((pt.oid = pat.oid)))
                  ORDER BY pat.ordinality) q) AS input_arg_types,
    to_json(COALESCE(p.proargnames, ARRAY[]::text[])) AS input_arg_names
   FROM (((pg_proc p
     JOIN pg_namespace pn ON ((pn.oid = p.pronamespace)))
     JOIN pg_type rt ON ((rt.oid = p.prorettype)))
     JOIN pg_namespace rtn ON ((rtn.oid = rt.typnamespace)))
  WHERE (((pn.nspname)::text !~~ 'pg_%'::text) AND ((pn.nspname)::text <> ALL (ARRAY['information_schema'::text, 'hdb_catalog'::text, 'hdb_views'::text])) AND (NOT (EXISTS ( SELECT 1
           FROM pg_aggregate
          WHERE ((pg_aggregate.aggfnoid)::oid = p.oid)))))
);
-- create view hdb_catalog.hdb_function_info_agg: create (3 columns)
CREATE VIEW "hdb_catalog"."hdb_function_info_agg" ("function_name", "function_schema", "function_info") AS (
SELECT hdb_function_agg.function_name,
    hdb_function_agg.function_schema,
    row_to_json(( SELECT e.*::record AS e
           FROM ( SELECT hdb_function_agg.has_variadic,
                    hdb_function_agg.function_type,
                    hdb_function_agg.return_type_schema,
                    hdb_function_agg.return_type_name,
                    hdb_function_agg.return_type_type,
                    hdb_function_agg.returns_set,
                    hdb_function_agg.input_arg_types,
                    hdb_function_agg.input_arg_names,
                    (EXISTS ( SELECT 1
                           FROM information_schema.tables
                          WHERE (((tables.table_schema)::name = hdb_function_agg.return_type_schema) AND ((tables.table_name)::name = hdb_function_agg.return_type_name)))) AS returns_table) e)) AS function_info
   FROM hdb_catalog.hdb_function_agg
);
-- create view hdb_catalog.hdb_primary_key: create (4 columns)
CREATE VIEW "hdb_catalog"."hdb_primary_key" ("table_schema", "table_name", "constraint_name", "columns") AS (
SELECT tc.table_schema,
    tc.table_name,
    tc.constraint_name,
    json_agg(constraint_column_usage.column_name) AS columns
   FROM (information_schema.table_constraints tc
     JOIN ( SELECT x.tblschema AS table_schema,
            x.tblname AS table_name,
            x.colname AS column_name,
            x.cstrname AS constraint_name
           FROM ( SELECT DISTINCT nr.nspname,
                    r.relname,
                    a.attname,
                    c.conname
                   FROM pg_namespace nr,
                    pg_class r,
                    pg_attribute a,
                    pg_depend d,
                    pg_namespace nc,
                    pg_constraint c
                  WHERE ((nr.oid = r.relnamespace) AND (r.oid = a.attrelid) AND (d.refclassid = ('pg_class'::regclass)::oid) AND (d.refobjid = r.oid) AND (d.refobjsubid = a.attnum) AND (d.classid = ('pg_constraint'::regclass)::oid) AND (d.objid = c.oid) AND (c.connamespace = nc.oid) AND (c.contype = 'c'::"char") AND (r.relkind = ANY (ARRAY['r'::"char", 'p'::"char"])) AND (NOT a.attisdropped))
                UNION ALL
                 SELECT nr.nspname,
                    r.relname,
                    a.attname,
                    c.conname
                   FROM pg_namespace nr,
                    pg_class r,
                    pg_attribute a,
                    pg_namespace nc,
                    pg_constraint c
                  WHERE ((nr.oid = r.relnamespace) AND (r.oid = a.attrelid) AND (nc.oid = c.connamespace) AND (r.oid =
                        CASE c.contype
                            WHEN 'f'::"char" THEN c.confrelid
                            ELSE c.conrelid
                        END) AND (a.attnum = ANY (
                        CASE c.contype
                            WHEN 'f'::"char" THEN c.confkey
                            ELSE c.conkey
                        END)) AND (NOT a.attisdropped) AND (c.contype = ANY (ARRAY['p'::"char", 'u'::"char", 'f'::"char"])) AND (r.relkind = ANY (ARRAY['r'::"char", 'p'::"char"])))) x(tblschema, tblname, colname, cstrname)) constraint_column_usage ON ((((tc.constraint_name)::text = (constraint_column_usage.constraint_name)::text) AND ((tc.table_schema)::text = (constraint_column_usage.table_schema)::text) AND ((tc.table_name)::text = (constraint_column_usage.table_name)::text))))
  WHERE ((tc.constraint_type)::text = 'PRIMARY KEY'::text)
  GROUP BY tc.table_schema, tc.table_name, tc.constraint_name
);
-- create view hdb_catalog.hdb_table_info_agg: create (6 columns)
CREATE VIEW "hdb_catalog"."hdb_table_info_agg" ("table_name", "table_schema", "columns", "primary_key_columns", "constraints", "view_info") AS (
SELECT tables.table_name,
    tables.table_schema,
    COALESCE(columns.columns, '[]'::json) AS columns,
    COALESCE(pk.columns, '[]'::json) AS primary_key_columns,
    COALESCE(constraints.constraints, '[]'::json) AS constraints,
    COALESCE(views.view_info, 'null'::json) AS view_info
   FROM ((((information_schema.tables tables
     LEFT JOIN ( SELECT c.table_name,
            c.table_schema,
            json_agg(json_build_object('name', c.column_name, 'type', c.udt_name, 'is_nullable', (c.is_nullable)::boolean)) AS columns
           FROM information_schema.columns c
          GROUP BY c.table_schema, c.table_name) columns ON ((((tables.table_schema)::name = (columns.table_schema)::name) AND ((tables.table_name)::name = (columns.table_name)::name))))
     LEFT JOIN ( SELECT hdb_primary_key.table_schema,
            hdb_primary_key.table_name,
            hdb_primary_key.constraint_name,
            hdb_primary_key.columns
           FROM hdb_catalog.hdb_primary_key) pk ON ((((tables.table_schema)::name = (pk.table_schema)::name) AND ((tables.table_name)::name = (pk.table_name)::name))))
     LEFT JOIN ( SELECT c.table_schema,
            c.table_name,
            json_agg(c.constraint_name) AS constraints
           FROM information_schema.table_constraints c
          WHERE (((c.constraint_type)::text = 'UNIQUE'::text) OR ((c.constraint_type)::text = 'PRIMARY KEY'::text))
          GROUP BY c.table_schema, c.table_name) constraints ON ((((tables.table_schema)::name = (constraints.table_schema)::name) AND ((tables.table_name)::name = (constraints.table_name)::name))))
     LEFT JOIN ( SELECT v.table_schema,
            v.table_name,
            json_build_object('is_updatable', ((v.is_updatable)::boolean OR (v.is_trigger_updatable)::boolean), 'is_deletable', ((v.is_updatable)::boolean OR (v.is_trigger_deletable)::boolean), 'is_insertable', ((v.is_insertable_into)::boolean OR (v.is_trigger_insertable_into)::boolean)) AS view_info
           FROM information_schema.views v) views ON ((((tables.table_schema)::name = (views.table_schema)::name) AND ((tables.table_name)::name = (views.table_name)::name))))
);
-- create view hdb_catalog.hdb_unique_constraint: create (4 columns)
CREATE VIEW "hdb_catalog"."hdb_unique_constraint" ("table_name", "table_schema", "constraint_name", "columns") AS (
SELECT tc.table_name,
    tc.constraint_schema AS table_schema,
    tc.constraint_name,
    json_agg(kcu.column_name) AS columns
   FROM (information_schema.table_constraints tc
     JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name))
  WHERE ((tc.constraint_type)::text = 'UNIQUE'::text)
  GROUP BY tc.table_name, tc.constraint_schema, tc.constraint_name
);
-- create function hdb_catalog.hdb_schema_update_event_notifier(): create (plpgsql, returns trigger)
CREATE FUNCTION "hdb_catalog"."hdb_schema_update_event_notifier"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
DECLARE
    instance_id uuid;
    occurred_at timestamptz;
    curr_rec record;
  BEGIN
    instance_id = NEW.instance_id;
    occurred_at = NEW.occurred_at;
    PERFORM pg_notify('hasura_schema_update', json_build_object(
      'instance_id', instance_id,
      'occurred_at', occurred_at
      )::text);
    RETURN curr_rec;
  END;
$fn$;
-- create function hdb_catalog.hdb_table_oid_check(): create (plpgsql, returns trigger)
CREATE FUNCTION "hdb_catalog"."hdb_table_oid_check"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
    IF (EXISTS (SELECT 1 FROM information_schema.tables st WHERE st.table_schema = NEW.table_schema AND st.table_name = NEW.table_name)) THEN
      return NEW;
    ELSE
      RAISE foreign_key_violation using message = 'table_schema, table_name not in information_schema.tables';
      return NULL;
    END IF;
  END;
$fn$;
-- create function hdb_catalog.inject_table_defaults(text, text, text, text): create (plpgsql, returns void)
CREATE FUNCTION "hdb_catalog"."inject_table_defaults"("view_schema" text, "view_name" text, "tab_schema" text, "tab_name" text)
 RETURNS void
 LANGUAGE plpgsql
 AS $fn$
DECLARE
        r RECORD;
    BEGIN
      FOR r IN SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = tab_schema AND table_name = tab_name AND column_default IS NOT NULL LOOP
          EXECUTE format('ALTER VIEW %I.%I ALTER COLUMN %I SET DEFAULT %s;', view_schema, view_name, r.column_name, r.column_default);
      END LOOP;
    END;
$fn$;
-- create function hdb_catalog.insert_event_log(text, text, text, text, json): create (plpgsql, returns text)
CREATE FUNCTION "hdb_catalog"."insert_event_log"("schema_name" text, "table_name" text, "trigger_name" text, "op" text, "row_data" json)
 RETURNS text
 LANGUAGE plpgsql
 AS $fn$
DECLARE
    id text;
    payload json;
    session_variables json;
    server_version_num int;
  BEGIN
    id := gen_random_uuid();
    server_version_num := current_setting('server_version_num');
    IF server_version_num >= 90600 THEN
      session_variables := current_setting('hasura.user', 't');
    ELSE
      BEGIN
        session_variables := current_setting('hasura.user');
      EXCEPTION WHEN OTHERS THEN
                  session_variables := NULL;
      END;
    END IF;
    payload := json_build_object(
      'op', op,
      'data', row_data,
      'session_variables', session_variables
    );
    INSERT INTO hdb_catalog.event_log
                (id, schema_name, table_name, trigger_name, payload)
    VALUES
    (id, schema_name, table_name, trigger_name, payload);
    RETURN id;
  END;
$fn$;
-- create table hdb_catalog.event_invocation_logs: create (6 columns)
CREATE TABLE "hdb_catalog"."event_invocation_logs" (
    "id" text DEFAULT (gen_random_uuid()) NOT NULL,
    "event_id" text,
    "status" integer,
    "request" json,
    "response" json,
    "created_at" timestamp without time zone DEFAULT (now()),
    CONSTRAINT "event_invocation_logs_pkey" PRIMARY KEY ("id")
);
-- create table hdb_catalog.event_log: create (11 columns)
CREATE TABLE "hdb_catalog"."event_log" (
    "id" text DEFAULT (gen_random_uuid()) NOT NULL,
    "schema_name" text NOT NULL,
    "table_name" text NOT NULL,
    "trigger_name" text NOT NULL,
    "payload" jsonb NOT NULL,
    "delivered" boolean DEFAULT (false) NOT NULL,
    "error" boolean DEFAULT (false) NOT NULL,
    "tries" integer DEFAULT (0) NOT NULL,
    "created_at" timestamp without time zone DEFAULT (now()),
    "locked" boolean DEFAULT (false) NOT NULL,
    "next_retry_at" timestamp without time zone,
    CONSTRAINT "event_log_pkey" PRIMARY KEY ("id")
);
-- create table hdb_catalog.event_triggers: create (6 columns)
CREATE TABLE "hdb_catalog"."event_triggers" (
    "name" text NOT NULL,
    "type" text NOT NULL,
    "schema_name" text NOT NULL,
    "table_name" text NOT NULL,
    "configuration" json,
    "comment" text,
    CONSTRAINT "event_triggers_pkey" PRIMARY KEY ("name")
);
-- create table hdb_catalog.hdb_allowlist: create (1 column)
CREATE TABLE "hdb_catalog"."hdb_allowlist" (
    "collection_name" text,
    CONSTRAINT "hdb_allowlist_collection_name_key" UNIQUE ("collection_name")
);
-- create table hdb_catalog.hdb_function: create (3 columns)
CREATE TABLE "hdb_catalog"."hdb_function" (
    "function_schema" text NOT NULL,
    "function_name" text NOT NULL,
    "is_system_defined" boolean DEFAULT (false),
    CONSTRAINT "hdb_function_pkey" PRIMARY KEY ("function_schema", "function_name")
);
-- create table hdb_catalog.hdb_permission: create (7 columns)
CREATE TABLE "hdb_catalog"."hdb_permission" (
    "table_schema" text NOT NULL,
    "table_name" text NOT NULL,
    "role_name" text NOT NULL,
    "perm_type" text NOT NULL,
    "perm_def" jsonb NOT NULL,
    "comment" text,
    "is_system_defined" boolean DEFAULT (false),
    CONSTRAINT "hdb_permission_pkey" PRIMARY KEY ("table_schema", "table_name", "role_name", "perm_type"),
    CONSTRAINT "hdb_permission_perm_type_check" CHECK (perm_type = ANY (ARRAY['insert'::text, 'select'::text, 'update'::text, 'delete'::text]))
);
-- create view hdb_catalog.hdb_permission_agg: create (4 columns)
CREATE VIEW "hdb_catalog"."hdb_permission_agg" ("table_schema", "table_name", "role_name", "permissions") AS (
SELECT hdb_permission.table_schema,
    hdb_permission.table_name,
    hdb_permission.role_name,
    json_object_agg(hdb_permission.perm_type, hdb_permission.perm_def) AS permissions
   FROM hdb_catalog.hdb_permission
  GROUP BY hdb_permission.table_schema, hdb_permission.table_name, hdb_permission.role_name
);
-- create table hdb_catalog.hdb_query_collection: create (4 columns)
CREATE TABLE "hdb_catalog"."hdb_query_collection" (
    "collection_name" text NOT NULL,
    "collection_defn" jsonb NOT NULL,
    "comment" text,
    "is_system_defined" boolean DEFAULT (false),
    CONSTRAINT "hdb_query_collection_pkey" PRIMARY KEY ("collection_name")
);
-- create table hdb_catalog.hdb_relationship: create (7 columns)
CREATE TABLE "hdb_catalog"."hdb_relationship" (
    "table_schema" text NOT NULL,
    "table_name" text NOT NULL,
    "rel_name" text NOT NULL,
    "rel_type" text,
    "rel_def" jsonb NOT NULL,
    "comment" text,
    "is_system_defined" boolean DEFAULT (false),
    CONSTRAINT "hdb_relationship_pkey" PRIMARY KEY ("table_schema", "table_name", "rel_name"),
    CONSTRAINT "hdb_relationship_rel_type_check" CHECK (rel_type = ANY (ARRAY['object'::text, 'array'::text]))
);
-- create table hdb_catalog.hdb_schema_update_event: create (2 columns)
CREATE TABLE "hdb_catalog"."hdb_schema_update_event" (
    "instance_id" uuid NOT NULL,
    "occurred_at" timestamp with time zone DEFAULT (now()) NOT NULL
);
-- create trigger hdb_catalog.hdb_schema_update_event.hdb_schema_update_event_notifier: create (after insert or update, for each row)
CREATE TRIGGER "hdb_schema_update_event_notifier" AFTER INSERT OR UPDATE ON "hdb_catalog"."hdb_schema_update_event" FOR EACH ROW EXECUTE FUNCTION "hdb_catalog"."hdb_schema_update_event_notifier"();
-- create table hdb_catalog.hdb_table: create (4 columns)
CREATE TABLE "hdb_catalog"."hdb_table" (
    "table_schema" text NOT NULL,
    "table_name" text NOT NULL,
    "configuration" jsonb,
    "is_system_defined" boolean DEFAULT (false),
    CONSTRAINT "hdb_table_pkey" PRIMARY KEY ("table_schema", "table_name")
);
-- create trigger hdb_catalog.hdb_table.hdb_table_oid_check: create (before insert or update, for each row)
CREATE TRIGGER "hdb_table_oid_check" BEFORE INSERT OR UPDATE ON "hdb_catalog"."hdb_table" FOR EACH ROW EXECUTE FUNCTION "hdb_catalog"."hdb_table_oid_check"();
-- create table hdb_catalog.hdb_version: create (5 columns)
CREATE TABLE "hdb_catalog"."hdb_version" (
    "hasura_uuid" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "version" text NOT NULL,
    "upgraded_on" timestamp with time zone NOT NULL,
    "cli_state" jsonb DEFAULT ('{}'::jsonb) NOT NULL,
    "console_state" jsonb DEFAULT ('{}'::jsonb) NOT NULL,
    CONSTRAINT "hdb_version_pkey" PRIMARY KEY ("hasura_uuid")
);
-- create table hdb_catalog.remote_schemas: create (4 columns)
CREATE TABLE "hdb_catalog"."remote_schemas" (
    "id" bigserial,
    "name" text,
    "definition" json,
    "comment" text,
    CONSTRAINT "remote_schemas_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "remote_schemas_name_key" UNIQUE ("name")
);
-- create index hdb_catalog.event_invocation_logs.event_invocation_logs_event_id_idx: create
CREATE INDEX "event_invocation_logs_event_id_idx" ON "hdb_catalog"."event_invocation_logs" USING "btree" ("event_id");
-- create index hdb_catalog.event_log.event_log_trigger_name_idx: create
CREATE INDEX "event_log_trigger_name_idx" ON "hdb_catalog"."event_log" USING "btree" ("trigger_name");
-- create index hdb_catalog.hdb_schema_update_event.hdb_schema_update_event_one_row: create (unique)
CREATE UNIQUE INDEX "hdb_schema_update_event_one_row" ON "hdb_catalog"."hdb_schema_update_event" USING "btree" ((occurred_at IS NOT NULL));
-- create index hdb_catalog.hdb_version.hdb_version_one_row: create (unique)
CREATE UNIQUE INDEX "hdb_version_one_row" ON "hdb_catalog"."hdb_version" USING "btree" ((version IS NOT NULL));
-- create constraint hdb_catalog.event_invocation_logs.event_invocation_logs_event_id_fkey: add foreign key (event_id) → hdb_catalog.event_log(id)
ALTER TABLE "hdb_catalog"."event_invocation_logs" ADD CONSTRAINT "event_invocation_logs_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "hdb_catalog"."event_log" ("id");
-- create constraint hdb_catalog.event_triggers.event_triggers_schema_name_table_name_fkey: add foreign key (schema_name, table_name) → hdb_catalog.hdb_table(table_schema, table_name)
ALTER TABLE "hdb_catalog"."event_triggers" ADD CONSTRAINT "event_triggers_schema_name_table_name_fkey" FOREIGN KEY ("schema_name", "table_name") REFERENCES "hdb_catalog"."hdb_table" ("table_schema", "table_name") ON UPDATE CASCADE;
-- create constraint hdb_catalog.hdb_allowlist.hdb_allowlist_collection_name_fkey: add foreign key (collection_name) → hdb_catalog.hdb_query_collection(collection_name)
ALTER TABLE "hdb_catalog"."hdb_allowlist" ADD CONSTRAINT "hdb_allowlist_collection_name_fkey" FOREIGN KEY ("collection_name") REFERENCES "hdb_catalog"."hdb_query_collection" ("collection_name");
-- create constraint hdb_catalog.hdb_permission.hdb_permission_table_schema_table_name_fkey: add foreign key (table_schema, table_name) → hdb_catalog.hdb_table(table_schema, table_name)
ALTER TABLE "hdb_catalog"."hdb_permission" ADD CONSTRAINT "hdb_permission_table_schema_table_name_fkey" FOREIGN KEY ("table_schema", "table_name") REFERENCES "hdb_catalog"."hdb_table" ("table_schema", "table_name") ON UPDATE CASCADE;
-- create constraint hdb_catalog.hdb_relationship.hdb_relationship_table_schema_table_name_fkey: add foreign key (table_schema, table_name) → hdb_catalog.hdb_table(table_schema, table_name)
ALTER TABLE "hdb_catalog"."hdb_relationship" ADD CONSTRAINT "hdb_relationship_table_schema_table_name_fkey" FOREIGN KEY ("table_schema", "table_name") REFERENCES "hdb_catalog"."hdb_table" ("table_schema", "table_name") ON UPDATE CASCADE;
