-- create schema storage: create
CREATE SCHEMA "storage";
-- alter schema storage: default privileges for postgres on functions: grant execute to anon; execute to authenticated; execute to service_role
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT EXECUTE ON FUNCTIONS TO "anon";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT EXECUTE ON FUNCTIONS TO "authenticated";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT EXECUTE ON FUNCTIONS TO "service_role";
-- alter schema storage: default privileges for postgres on sequences: grant select, update, usage to anon; select, update, usage to authenticated; select, update, usage to service_role
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT SELECT, UPDATE, USAGE ON SEQUENCES TO "anon";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT SELECT, UPDATE, USAGE ON SEQUENCES TO "authenticated";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT SELECT, UPDATE, USAGE ON SEQUENCES TO "service_role";
-- alter schema storage: default privileges for postgres on tables: grant select, insert, update, delete, truncate, references, trigger to anon; select, insert, update, delete, truncate, references, trigger to authenticated; select, insert, update, delete, truncate, references, trigger to service_role
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLES TO "anon";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLES TO "authenticated";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "storage" GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLES TO "service_role";
-- create function storage.extension(text): create (plpgsql, returns text)
CREATE FUNCTION "storage"."extension"("name" text)
 RETURNS text
 LANGUAGE plpgsql
 AS $fn$
DECLARE
_parts text[];
_filename text;
BEGIN
	select string_to_array(name, '/') into _parts;
	select _parts[array_length(_parts,1)] into _filename;
	-- @todo return the last part instead of 2
	return reverse(split_part(reverse(_filename), '.', 1));
END
$fn$;
-- create function storage.filename(text): create (plpgsql, returns text)
CREATE FUNCTION "storage"."filename"("name" text)
 RETURNS text
 LANGUAGE plpgsql
 AS $fn$
DECLARE
_parts text[];
BEGIN
	select string_to_array(name, '/') into _parts;
	return _parts[array_length(_parts,1)];
END
$fn$;
-- create function storage.foldername(text): create (plpgsql, returns text[])
CREATE FUNCTION "storage"."foldername"("name" text)
 RETURNS text[]
 LANGUAGE plpgsql
 AS $fn$
DECLARE
_parts text[];
BEGIN
	select string_to_array(name, '/') into _parts;
	return _parts[1:array_length(_parts,1)-1];
END
$fn$;
-- create function storage.get_size_by_bucket(): create (plpgsql, returns table)
CREATE FUNCTION "storage"."get_size_by_bucket"()
 RETURNS TABLE ("size" bigint, "bucket_id" text)
 LANGUAGE plpgsql
 AS $fn$
BEGIN
    return query
        select sum((metadata->>'size')::int) as size, obj.bucket_id
        from "storage".objects as obj
        group by obj.bucket_id;
END
$fn$;
-- create function storage.search(text, text, integer, integer, integer, text, text, text): create (plpgsql, returns table)
CREATE FUNCTION "storage"."search"("prefix" text, "bucketname" text, "limits" integer DEFAULT (100), "levels" integer DEFAULT (1), "offsets" integer DEFAULT (0), "search" text DEFAULT (''::text), "sortcolumn" text DEFAULT ('name'::text), "sortorder" text DEFAULT ('asc'::text))
 RETURNS TABLE ("name" text, "id" uuid, "updated_at" timestamp with time zone, "created_at" timestamp with time zone, "last_accessed_at" timestamp with time zone, "metadata" jsonb)
 LANGUAGE plpgsql
 STABLE
 AS $fn$
declare
  v_order_by text;
  v_sort_order text;
begin
  case
    when sortcolumn = 'name' then
      v_order_by = 'name';
    when sortcolumn = 'updated_at' then
      v_order_by = 'updated_at';
    when sortcolumn = 'created_at' then
      v_order_by = 'created_at';
    when sortcolumn = 'last_accessed_at' then
      v_order_by = 'last_accessed_at';
    else
      v_order_by = 'name';
  end case;

  case
    when sortorder = 'asc' then
      v_sort_order = 'asc';
    when sortorder = 'desc' then
      v_sort_order = 'desc';
    else
      v_sort_order = 'asc';
  end case;

  v_order_by = v_order_by || ' ' || v_sort_order;

  return query execute
    'with folders as (
       select path_tokens[$1] as folder
       from storage.objects
         where objects.name ilike $2 || $3 || ''%''
           and bucket_id = $4
           and array_length(regexp_split_to_array(objects.name, ''/''), 1) <> $1
       group by folder
       order by folder ' || v_sort_order || '
     )
     (select folder as "name",
            null as id,
            null as updated_at,
            null as created_at,
            null as last_accessed_at,
            null as metadata from folders)
     union all
     (select path_tokens[$1] as "name",
            id,
            updated_at,
            created_at,
            last_accessed_at,
            metadata
     from storage.objects
     where objects.name ilike $2 || $3 || ''%''
       and bucket_id = $4
       and array_length(regexp_split_to_array(objects.name, ''/''), 1) = $1
     order by ' || v_order_by || ')
     limit $5
     offset $6' using levels, prefix, search, bucketname, limits, offsets;
end;
$fn$;
-- create function storage.update_updated_at_column(): create (plpgsql, returns trigger)
CREATE FUNCTION "storage"."update_updated_at_column"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END;
$fn$;
-- create table storage.buckets: create (8 columns)
CREATE TABLE "storage"."buckets" (
    "id" text NOT NULL,
    "name" text NOT NULL,
    "owner" uuid,
    "created_at" timestamp with time zone DEFAULT (now()),
    "updated_at" timestamp with time zone DEFAULT (now()),
    "public" boolean DEFAULT (false),
    "max_file_size_kb" integer,
    "allowed_mime_types" text[],
    CONSTRAINT "buckets_pkey" PRIMARY KEY ("id")
);
-- create table storage.migrations: create (4 columns)
CREATE TABLE "storage"."migrations" (
    "id" integer NOT NULL,
    "name" character varying(100) NOT NULL,
    "hash" character varying(40) NOT NULL,
    "executed_at" timestamp without time zone DEFAULT (CURRENT_TIMESTAMP),
    CONSTRAINT "migrations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "migrations_name_key" UNIQUE ("name")
);
-- create table storage.objects: create (9 columns)
CREATE TABLE "storage"."objects" (
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "bucket_id" text,
    "name" text,
    "owner" uuid,
    "created_at" timestamp with time zone DEFAULT (now()),
    "updated_at" timestamp with time zone DEFAULT (now()),
    "last_accessed_at" timestamp with time zone DEFAULT (now()),
    "metadata" jsonb,
    "path_tokens" text[] GENERATED ALWAYS AS (string_to_array(name, '/'::text)) STORED,
    CONSTRAINT "objects_pkey" PRIMARY KEY ("id")
);
-- create trigger storage.objects.update_objects_updated_at: create (before update, for each row)
CREATE TRIGGER "update_objects_updated_at" BEFORE UPDATE ON "storage"."objects" FOR EACH ROW EXECUTE FUNCTION "storage"."update_updated_at_column"();
-- create index storage.buckets.bname: create (unique)
CREATE UNIQUE INDEX "bname" ON "storage"."buckets" USING "btree" ("name");
-- create index storage.objects.bucketid_objname: create (unique)
CREATE UNIQUE INDEX "bucketid_objname" ON "storage"."objects" USING "btree" ("bucket_id", "name");
-- create index storage.objects.name_prefix_search: create
CREATE INDEX "name_prefix_search" ON "storage"."objects" USING "btree" ("name" "text_pattern_ops");
-- create constraint storage.objects.objects_bucketId_fkey: add foreign key (bucket_id) → storage.buckets(id)
ALTER TABLE "storage"."objects" ADD CONSTRAINT "objects_bucketId_fkey" FOREIGN KEY ("bucket_id") REFERENCES "storage"."buckets" ("id");
-- alter function storage.extension(text): owner supabase_storage_admin
ALTER FUNCTION "storage"."extension"(text) OWNER TO "supabase_storage_admin";
-- alter function storage.filename(text): owner supabase_storage_admin
ALTER FUNCTION "storage"."filename"(text) OWNER TO "supabase_storage_admin";
-- alter function storage.foldername(text): owner supabase_storage_admin
ALTER FUNCTION "storage"."foldername"(text) OWNER TO "supabase_storage_admin";
-- alter schema storage: grant usage to anon; usage to authenticated; usage to service_role; usage, create to supabase_storage_admin
GRANT USAGE ON SCHEMA "storage" TO "anon";
GRANT USAGE ON SCHEMA "storage" TO "authenticated";
GRANT USAGE ON SCHEMA "storage" TO "service_role";
GRANT USAGE, CREATE ON SCHEMA "storage" TO "supabase_storage_admin";
-- alter table storage.buckets: owner supabase_storage_admin
ALTER TABLE "storage"."buckets" OWNER TO "supabase_storage_admin";
-- alter table storage.migrations: owner supabase_storage_admin
ALTER TABLE "storage"."migrations" OWNER TO "supabase_storage_admin";
-- alter table storage.objects: owner supabase_storage_admin
ALTER TABLE "storage"."objects" OWNER TO "supabase_storage_admin";
-- alter table storage.objects: enable row level security
ALTER TABLE "storage"."objects" ENABLE ROW LEVEL SECURITY;
