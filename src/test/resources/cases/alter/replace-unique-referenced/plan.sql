-- alter constraint public.line.line_sku_fkey: drop for a moment, around the change of constraint public.product.product_sku_key
ALTER TABLE "public"."line" DROP CONSTRAINT "line_sku_fkey";
-- alter constraint public.product.product_sku_key: replace unique (sku) (definition changed)
ALTER TABLE "public"."product" DROP CONSTRAINT IF EXISTS "product_sku_key";
ALTER TABLE "public"."product" ADD CONSTRAINT "product_sku_key" UNIQUE NULLS NOT DISTINCT ("sku");
-- alter constraint public.line.line_sku_fkey: add again after the change of constraint public.product.product_sku_key, NOT VALID
ALTER TABLE "public"."line" ADD CONSTRAINT "line_sku_fkey" FOREIGN KEY ("sku") REFERENCES "public"."product" ("sku") NOT VALID;
-- alter constraint public.line.line_sku_fkey: validate [after commit]
ALTER TABLE "public"."line" VALIDATE CONSTRAINT "line_sku_fkey";
