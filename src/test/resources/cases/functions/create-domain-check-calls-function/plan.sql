-- create function public.is_slug(text): create (sql, returns boolean)
CREATE FUNCTION "public"."is_slug"("s" text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT s ~ '^[a-z0-9]+(-[a-z0-9]+)*$'
$fn$;
-- create domain public.slug: create (text, 1 check)
CREATE DOMAIN "public"."slug" AS text CONSTRAINT "slug_format" CHECK (is_slug(VALUE));
-- create table public.article: create (2 columns)
CREATE TABLE "public"."article" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "slug" slug NOT NULL,
    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);
