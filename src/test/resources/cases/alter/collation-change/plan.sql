-- alter column public.sku.code: collation C
ALTER TABLE "public"."sku" ALTER COLUMN "code" TYPE text COLLATE "C" USING "code"::text;
