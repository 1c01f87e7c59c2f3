-- alter view public.unpaid_orders: rename from open_orders, comment 'orders not yet paid, by id'
ALTER VIEW "public"."open_orders" RENAME TO "unpaid_orders";
COMMENT ON VIEW "public"."unpaid_orders" IS 'orders not yet paid, by id';
-- alter view public.open_total: new query (columns kept)
CREATE OR REPLACE VIEW "public"."open_total" ("total") AS (
SELECT sum(unpaid_orders.total) AS total
   FROM unpaid_orders
);
