-- create function public.noop(): create (plpgsql, returns void)
CREATE FUNCTION "public"."noop"()
 RETURNS void
 LANGUAGE plpgsql
 PARALLEL RESTRICTED COST 0.5
 AS $fn$
BEGIN END
$fn$;
-- create function public.squares(integer): create (sql, returns setof integer)
CREATE FUNCTION "public"."squares"("n" integer)
 RETURNS SETOF integer
 LANGUAGE sql
 IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF COST 5 ROWS 10
 SET statement_timeout = '5000'
 SET work_mem = '64MB'
 AS $fn$
SELECT i * i FROM generate_series(1, n) AS i
$fn$;
COMMENT ON FUNCTION "public"."squares"(integer) IS 'The squares of 1..n';
