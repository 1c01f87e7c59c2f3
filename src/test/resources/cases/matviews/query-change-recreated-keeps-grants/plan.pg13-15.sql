-- alter materialized view public.big_orders: new query (drop and create)
DROP MATERIALIZED VIEW "public"."big_orders";
CREATE MATERIALIZED VIEW "public"."big_orders" AS (
SELECT orders.id,
    orders.total
   FROM orders
  WHERE (orders.total > 20)
) WITH DATA;
-- alter materialized view public.big_orders: owner app_owner
ALTER MATERIALIZED VIEW "public"."big_orders" OWNER TO "app_owner";
-- alter materialized view public.big_orders: grant select to app_reader
GRANT SELECT ON TABLE "public"."big_orders" TO "app_reader";
