-- alter constraint public.product.product_price_positive: validate (it is NOT VALID) [after commit] [refused]
ALTER TABLE "public"."product" VALIDATE CONSTRAINT "product_price_positive";
