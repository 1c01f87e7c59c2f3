-- alter view public.big_orders: drop for a moment, around the change of function public.is_big(integer)
DROP VIEW "public"."big_orders";
-- alter function public.is_big(integer): argument n renamed to amount: drop and create
DROP FUNCTION "public"."is_big"(integer);
CREATE FUNCTION "public"."is_big"("amount" integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT amount > 8
$fn$;
-- alter function public.is_big(integer): owner app_owner
ALTER FUNCTION "public"."is_big"(integer) OWNER TO "app_owner";
-- alter function public.is_big(integer): revoke execute from public
REVOKE EXECUTE ON FUNCTION "public"."is_big"(integer) FROM PUBLIC;
-- alter function public.is_big(integer): grant execute to app_reader
GRANT EXECUTE ON FUNCTION "public"."is_big"(integer) TO "app_reader";
-- alter view public.big_orders: create again after the change of function public.is_big(integer)
CREATE VIEW "public"."big_orders" ("id", "total") AS (
SELECT orders.id,
    orders.total
   FROM orders
  WHERE is_big(orders.total)
);
-- alter view public.big_orders: grant select to app_reader
GRANT SELECT ON TABLE "public"."big_orders" TO "app_reader";
