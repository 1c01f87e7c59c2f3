-- create function public.total_rows(): create (sql, returns bigint)
CREATE FUNCTION "public"."total_rows"()
 RETURNS bigint
 LANGUAGE sql
 AS $fn$
SELECT count(*) FROM t
$fn$;
-- create function public.helper2(integer): create (sql, returns integer)
CREATE FUNCTION "public"."helper2"("x" integer)
 RETURNS integer
 LANGUAGE sql
 AS $fn$
SELECT helper(x) + total_rows()
$fn$;
