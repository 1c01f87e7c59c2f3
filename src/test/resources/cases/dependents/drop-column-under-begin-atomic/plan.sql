-- alter function public.order_total(bigint): drop for a moment, around the change of column public.orders.legacy_total
DROP FUNCTION "public"."order_total"(bigint);
-- drop column public.orders.legacy_total: drop
ALTER TABLE "public"."orders" DROP COLUMN "legacy_total";
-- alter function public.order_total(bigint): create again in its new form after the change of column public.orders.legacy_total
CREATE FUNCTION "public"."order_total"("o" bigint)
 RETURNS integer
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT orders.total
    FROM orders
   WHERE (orders.id = order_total.o);
END;
COMMENT ON FUNCTION "public"."order_total"(bigint) IS 'An order''s total';
-- alter function public.order_total(bigint): owner app_owner
ALTER FUNCTION "public"."order_total"(bigint) OWNER TO "app_owner";
-- alter function public.order_total(bigint): revoke execute from public
REVOKE EXECUTE ON FUNCTION "public"."order_total"(bigint) FROM PUBLIC;
-- alter function public.order_total(bigint): grant execute to app_reader
GRANT EXECUTE ON FUNCTION "public"."order_total"(bigint) TO "app_reader";
