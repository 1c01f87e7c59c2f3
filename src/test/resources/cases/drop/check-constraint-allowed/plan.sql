-- drop constraint public.product.product_price_check: drop check (price > (0)::numeric)
ALTER TABLE "public"."product" DROP CONSTRAINT "product_price_check";
