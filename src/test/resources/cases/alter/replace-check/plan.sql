-- alter constraint public.product.product_price_check: replace check price >= 0 (definition changed)
ALTER TABLE "public"."product" DROP CONSTRAINT IF EXISTS "product_price_check";
ALTER TABLE "public"."product" ADD CONSTRAINT "product_price_check" CHECK (price >= 0);
