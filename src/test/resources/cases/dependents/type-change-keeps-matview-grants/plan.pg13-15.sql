-- alter materialized view public.big_orders: drop for a moment, around the change of column public.orders.total
DROP MATERIALIZED VIEW "public"."big_orders";
-- alter column public.orders.total: integer → bigint
ALTER TABLE "public"."orders" ALTER COLUMN "total" TYPE bigint USING "total"::bigint;
-- alter materialized view public.big_orders: create again in its new form after the change of column public.orders.total
CREATE MATERIALIZED VIEW "public"."big_orders" AS (
SELECT orders.id,
    orders.total
   FROM orders
  WHERE (orders.total > 8)
) WITH DATA;
-- create index public.big_orders.big_orders_id: create (unique)
CREATE UNIQUE INDEX "big_orders_id" ON "public"."big_orders" USING "btree" ("id");
-- alter materialized view public.big_orders: owner app_owner
ALTER MATERIALIZED VIEW "public"."big_orders" OWNER TO "app_owner";
-- alter materialized view public.big_orders: grant select to app_reader
GRANT SELECT ON TABLE "public"."big_orders" TO "app_reader";
