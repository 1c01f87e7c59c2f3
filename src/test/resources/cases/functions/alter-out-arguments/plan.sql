-- alter function public.bounds(integer[]): OUT arguments change: drop and create
DROP FUNCTION "public"."bounds"(integer[]);
CREATE FUNCTION "public"."bounds"("xs" integer[], OUT "lo" integer, OUT "hi" integer, OUT "n" bigint)
 RETURNS record
 LANGUAGE sql
 AS $fn$
SELECT min(x), max(x), count(*) FROM unnest(xs) x
$fn$;
