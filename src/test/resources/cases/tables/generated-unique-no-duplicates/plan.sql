-- alter column public.sku.code_key: change generation expression
ALTER TABLE "public"."sku" ALTER COLUMN "code_key" SET EXPRESSION AS (lower(replace(code, '-', '')));
