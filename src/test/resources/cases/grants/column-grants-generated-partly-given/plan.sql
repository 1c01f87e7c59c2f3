-- alter column public.invoice.net_cents: integer → bigint, recreates generated column gross_cents
ALTER TABLE "public"."invoice" DROP COLUMN "gross_cents";
ALTER TABLE "public"."invoice" ALTER COLUMN "net_cents" TYPE bigint USING "net_cents"::bigint;
ALTER TABLE "public"."invoice" ADD COLUMN "gross_cents" integer GENERATED ALWAYS AS (((net_cents * 6) / 5)) STORED;
-- alter table public.invoice: revoke select (gross_cents), references (gross_cents) from app_auditor
REVOKE SELECT ("gross_cents"), REFERENCES ("gross_cents") ON TABLE "public"."invoice" FROM "app_auditor";
-- alter table public.invoice: grant select (gross_cents) to app_reader
GRANT SELECT ("gross_cents") ON TABLE "public"."invoice" TO "app_reader";
