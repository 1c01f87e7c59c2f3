-- alter column public.product.code: varchar(20) → text, recreates generated column sku [refused]
ALTER TABLE "public"."product" DROP COLUMN "sku";
ALTER TABLE "public"."product" ALTER COLUMN "code" TYPE text USING "code"::text;
ALTER TABLE "public"."product" ADD COLUMN "sku" text GENERATED ALWAYS AS (upper(code)) STORED;
ALTER TABLE "public"."product" ADD CONSTRAINT "product_sku_key" UNIQUE ("sku");
