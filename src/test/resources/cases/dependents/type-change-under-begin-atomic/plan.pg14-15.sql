-- alter view public.customer_total: drop for a moment, around the change of column public.orders.total
DROP VIEW "public"."customer_total";
-- alter function public.total_for(bigint): drop for a moment, around the change of column public.orders.total
DROP FUNCTION "public"."total_for"(bigint);
-- alter column public.orders.total: integer → bigint
ALTER TABLE "public"."orders" ALTER COLUMN "total" TYPE bigint USING "total"::bigint;
-- alter function public.total_for(bigint): create again in its new form after the change of column public.orders.total
CREATE FUNCTION "public"."total_for"("customer" bigint)
 RETURNS bigint
 LANGUAGE sql
 STABLE
RETURN (SELECT COALESCE(sum(orders.total), (0)::numeric) AS "coalesce" FROM orders WHERE (orders.customer_id = total_for.customer));
-- alter view public.customer_total: create again after the change of column public.orders.total
CREATE VIEW "public"."customer_total" ("customer_id", "total") AS (
SELECT DISTINCT orders.customer_id,
    total_for(orders.customer_id) AS total
   FROM orders
);
