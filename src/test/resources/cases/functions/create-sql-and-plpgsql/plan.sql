-- create function public.bump(integer): create (plpgsql, returns integer)
CREATE FUNCTION "public"."bump"("n" integer)
 RETURNS integer
 LANGUAGE plpgsql
 STRICT
 AS $fn$
DECLARE
  s text := $$it's $$ || 'fine';
BEGIN
  RETURN n + 1;
END
$fn$;
COMMENT ON FUNCTION "public"."bump"(integer) IS 'Adds one, with a $$ in the text';
-- create function public.total_for(bigint): create (sql, returns numeric)
CREATE FUNCTION "public"."total_for"("customer_id" bigint)
 RETURNS numeric
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT coalesce(sum(total), 0) FROM orders WHERE orders.customer_id = total_for.customer_id
$fn$;
