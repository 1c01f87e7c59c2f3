-- alter function public.order_total(bigint): drop for a moment, around the change of column public.orders.legacy_total
DROP FUNCTION "public"."order_total"(bigint);
-- drop column public.orders.legacy_total: drop [refused]
ALTER TABLE "public"."orders" DROP COLUMN "legacy_total";
-- alter function public.order_total(bigint): create again in its new form after the change of column public.orders.legacy_total
CREATE FUNCTION "public"."order_total"("o" bigint)
 RETURNS integer
 LANGUAGE sql
 STABLE
RETURN (SELECT orders.total FROM orders WHERE (orders.id = order_total.o));
