-- alter function public.ratio(integer, integer): result integer → numeric: drop and create
DROP FUNCTION "public"."ratio"(integer, integer);
CREATE FUNCTION "public"."ratio"("a" integer, "b" integer)
 RETURNS numeric
 LANGUAGE sql
 AS $fn$
SELECT a::numeric / b
$fn$;
COMMENT ON FUNCTION "public"."ratio"(integer, integer) IS 'a over b';
