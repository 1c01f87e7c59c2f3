-- alter function public.page(integer, integer): an argument default is removed: drop and create
DROP FUNCTION "public"."page"(integer, integer);
CREATE FUNCTION "public"."page"("n" integer, "size" integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT (n - 1) * size
$fn$;
