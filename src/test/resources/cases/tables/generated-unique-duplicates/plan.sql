-- alter column public.sku.code_key: change generation expression [refused]
ALTER TABLE "public"."sku" ALTER COLUMN "code_key" SET EXPRESSION AS (lower(split_part(code, '-', 1)));
