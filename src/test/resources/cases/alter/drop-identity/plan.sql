-- alter column public.invoice.id: drop identity
ALTER TABLE "public"."invoice" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
