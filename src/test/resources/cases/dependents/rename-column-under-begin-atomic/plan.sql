-- alter column public.orders.total: rename from amount
ALTER TABLE "public"."orders" RENAME COLUMN "amount" TO "total";
-- alter function public.order_total(bigint): new body
CREATE OR REPLACE FUNCTION "public"."order_total"("o" bigint)
 RETURNS integer
 LANGUAGE sql
 STABLE
RETURN (SELECT orders.total FROM orders WHERE (orders.id = order_total.o));
