-- alter column public.sku.code_key: change generation expression
ALTER TABLE "public"."sku" DROP COLUMN "code_key";
ALTER TABLE "public"."sku" ADD COLUMN "code_key" text GENERATED ALWAYS AS (lower(replace(code, '-', ''))) STORED;
CREATE UNIQUE INDEX "sku_code_key_upper_idx" ON "public"."sku" USING "btree" ((upper(code_key))) WHERE (id > 1);
ALTER TABLE "public"."sku" ADD CONSTRAINT "sku_code_key_unique" UNIQUE ("code_key");
