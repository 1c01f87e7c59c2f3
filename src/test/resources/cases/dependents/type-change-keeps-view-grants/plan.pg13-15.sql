-- alter view public.big_orders: drop for a moment, around the change of column public.orders.total
DROP VIEW "public"."big_orders";
-- alter column public.orders.total: integer → bigint
ALTER TABLE "public"."orders" ALTER COLUMN "total" TYPE bigint USING "total"::bigint;
-- alter view public.big_orders: create again in its new form after the change of column public.orders.total
CREATE VIEW "public"."big_orders" ("id", "total") AS (
SELECT orders.id,
    orders.total
   FROM orders
  WHERE (orders.total > 8)
);
-- alter view public.big_orders: owner app_owner
ALTER VIEW "public"."big_orders" OWNER TO "app_owner";
-- alter view public.big_orders: grant select to app_reader
GRANT SELECT ON TABLE "public"."big_orders" TO "app_reader";
