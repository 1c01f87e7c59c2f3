-- create function public.add_one(integer): create (sql, returns integer)
CREATE FUNCTION "public"."add_one"("x" integer)
 RETURNS integer
 LANGUAGE sql
 AS $fn$
select x + 1
$fn$;
-- alter function public.add_one(integer): revoke execute from public
REVOKE EXECUTE ON FUNCTION "public"."add_one"(integer) FROM PUBLIC;
-- alter function public.add_one(integer): grant execute to app_reader
GRANT EXECUTE ON FUNCTION "public"."add_one"(integer) TO "app_reader";
