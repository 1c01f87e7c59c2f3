-- create table public.event: create (2 columns)
CREATE TABLE "public"."event" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "kind" text NOT NULL,
    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);
-- create function public.count_of(text): create (sql, returns bigint)
CREATE FUNCTION "public"."count_of"("k" text)
 RETURNS bigint
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT count(*) FROM event WHERE kind = k
$fn$;
-- create view public.event_counts: create (2 columns)
CREATE VIEW "public"."event_counts" ("kind", "n") AS (
SELECT DISTINCT event.kind,
    count_of(event.kind) AS n
   FROM event
);
-- create function public.busiest(): create (sql, returns text)
CREATE FUNCTION "public"."busiest"()
 RETURNS text
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT kind FROM event_counts ORDER BY n DESC LIMIT 1
$fn$;
