-- alter view public.order_list: new query (columns changed: drop and create)
DROP VIEW "public"."order_list";
CREATE VIEW "public"."order_list" ("id", "total") AS (
SELECT orders.id,
    orders.total
   FROM orders
);
-- alter view public.order_list: owner app_owner
ALTER VIEW "public"."order_list" OWNER TO "app_owner";
-- alter view public.order_list: grant select to app_reader
GRANT SELECT ON TABLE "public"."order_list" TO "app_reader";
