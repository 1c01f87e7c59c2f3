-- alter function public.order_total(bigint): new body
CREATE OR REPLACE FUNCTION "public"."order_total"("p_order" bigint)
 RETURNS numeric
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT coalesce(sum(qty * unit_price * (1 - discount)), 0) FROM public.order_items WHERE order_id = p_order
$fn$;
-- create column public.order_items.discount: add (numeric(5,4), not null, default 0)
ALTER TABLE "public"."order_items" ADD COLUMN "discount" numeric(5,4) DEFAULT (0) NOT NULL;
