-- alter constraint public.item.item_qty_check: replace check qty >= 0 NOT VALID (definition changed)
ALTER TABLE "public"."item" DROP CONSTRAINT IF EXISTS "item_qty_check";
ALTER TABLE "public"."item" ADD CONSTRAINT "item_qty_check" CHECK (qty >= 0) NOT VALID;
