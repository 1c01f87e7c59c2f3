-- alter column public.invoice.net_cents: integer → bigint, recreates generated column gross_cents
ALTER TABLE "public"."invoice" DROP COLUMN "gross_cents";
ALTER TABLE "public"."invoice" ALTER COLUMN "net_cents" TYPE bigint USING "net_cents"::bigint;
ALTER TABLE "public"."invoice" ADD COLUMN "gross_cents" integer GENERATED ALWAYS AS (((net_cents * 6) / 5)) STORED;
