-- alter function public.add_two(integer): rename from add_one, new body
ALTER FUNCTION "public"."add_one"(integer) RENAME TO "add_two";
CREATE OR REPLACE FUNCTION "public"."add_two"("x" integer)
 RETURNS integer
 LANGUAGE sql
 AS $fn$
select x + 2
$fn$;
-- alter function public.add_two(integer): revoke execute from app_writer [refused]
REVOKE EXECUTE ON FUNCTION "public"."add_two"(integer) FROM "app_writer";
