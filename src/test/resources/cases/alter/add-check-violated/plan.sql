-- create constraint public.product.product_price_positive: add check price > 0 [refused]
ALTER TABLE "public"."product" ADD CONSTRAINT "product_price_positive" CHECK (price > 0);
