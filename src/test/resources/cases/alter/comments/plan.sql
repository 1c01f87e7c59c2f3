-- alter column public.product.name: comment 'Shown in the catalogue'
COMMENT ON COLUMN "public"."product"."name" IS 'Shown in the catalogue';
-- alter column public.product.sku: remove comment
COMMENT ON COLUMN "public"."product"."sku" IS NULL;
-- alter column public.product.price: comment 'Net price in EUR'
COMMENT ON COLUMN "public"."product"."price" IS 'Net price in EUR';
-- alter schema public: comment 'Standard public schema'
COMMENT ON SCHEMA "public" IS 'Standard public schema';
-- alter index public.product.product_sku_idx: comment 'Lookups by SKU from the warehouse'
COMMENT ON INDEX "public"."product_sku_idx" IS 'Lookups by SKU from the warehouse';
-- alter table public.product: comment 'Everything we sell'
COMMENT ON TABLE "public"."product" IS 'Everything we sell';
