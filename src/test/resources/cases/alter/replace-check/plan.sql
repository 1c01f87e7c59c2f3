-- alter constraint public.product.product_price_check: replace check price >= 0 NOT VALID (definition changed)
ALTER TABLE "public"."product" DROP CONSTRAINT IF EXISTS "product_price_check";
ALTER TABLE "public"."product" ADD CONSTRAINT "product_price_check" CHECK (price >= 0) NOT VALID;
-- alter constraint public.product.product_price_check: validate [after commit]
ALTER TABLE "public"."product" VALIDATE CONSTRAINT "product_price_check";
