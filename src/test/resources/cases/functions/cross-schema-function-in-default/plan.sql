-- create function util.short_id(integer): create (sql, returns text)
CREATE FUNCTION "util"."short_id"("n" integer DEFAULT (8))
 RETURNS text
 LANGUAGE sql
 AS $fn$
SELECT substr(md5(random()::text), 1, n)
$fn$;
-- create column public.account.ref: add (text, not null, default util.short_id())
ALTER TABLE "public"."account" ADD COLUMN "ref" text DEFAULT (util.short_id()) NOT NULL;
