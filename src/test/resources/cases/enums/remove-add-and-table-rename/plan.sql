-- alter table public.customer: rename from account
ALTER TABLE "public"."account" RENAME TO "customer";
-- alter column public.customer.previous_plan: rename from old_plan
ALTER TABLE "public"."customer" RENAME COLUMN "old_plan" TO "previous_plan";
-- alter constraint public.customer.customer_pkey: rename from account_pkey
ALTER TABLE "public"."customer" RENAME CONSTRAINT "account_pkey" TO "customer_pkey";
-- alter column public.audit.plan: plan → text
ALTER TABLE "public"."audit" ALTER COLUMN "plan" TYPE text USING "plan"::text;
-- alter type public.plan: remove value 'trial', add 'enterprise' (type made again, 2 columns converted)
ALTER TYPE "public"."plan" RENAME TO "schemasync_old_plan";
CREATE TYPE "public"."plan" AS ENUM ('free', 'pro', 'enterprise');
ALTER TABLE "public"."customer" ALTER COLUMN "plan" DROP DEFAULT;
ALTER TABLE "public"."customer" ALTER COLUMN "plan" TYPE "public"."plan" USING "plan"::text::"public"."plan", ALTER COLUMN "previous_plan" TYPE "public"."plan" USING CASE WHEN "previous_plan"::text IN ('trial') THEN NULL ELSE "previous_plan"::text::"public"."plan" END;
ALTER TABLE "public"."customer" ALTER COLUMN "plan" SET DEFAULT ('free');
DROP TYPE "public"."schemasync_old_plan";
-- create table public.invoice: create (2 columns)
CREATE TABLE "public"."invoice" (
    "id" bigint NOT NULL,
    "plan" plan DEFAULT ('enterprise') NOT NULL,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);
