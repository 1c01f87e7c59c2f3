-- create constraint public.product.product_price_positive: add check price > 0 NOT VALID
ALTER TABLE "public"."product" ADD CONSTRAINT "product_price_positive" CHECK (price > 0) NOT VALID;
-- alter constraint public.product.product_price_positive: validate [after commit]
ALTER TABLE "public"."product" VALIDATE CONSTRAINT "product_price_positive";
