-- alter column public.stock.quantity: bigint → integer
ALTER TABLE "public"."stock" ALTER COLUMN "quantity" TYPE integer USING "quantity"::integer;
