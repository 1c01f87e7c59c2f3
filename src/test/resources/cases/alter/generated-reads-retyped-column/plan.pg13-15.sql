-- alter view public.rich_account: drop for a moment, around the change of column public.account.balance_cents
DROP VIEW "public"."rich_account";
-- alter column public.account.balance_cents: integer → bigint, recreates generated column balance
ALTER TABLE "public"."account" DROP COLUMN "balance";
ALTER TABLE "public"."account" ALTER COLUMN "balance_cents" TYPE bigint USING "balance_cents"::bigint;
ALTER TABLE "public"."account" ADD COLUMN "balance" numeric GENERATED ALWAYS AS (balance_cents / 100.0 + 0) STORED;
CREATE INDEX "account_balance_idx" ON "public"."account" USING "btree" ("balance") WHERE (balance > (0)::numeric);
-- alter column public.account.email: varchar(50) → text, recreates generated column email_lower
ALTER TABLE "public"."account" DROP COLUMN "email_lower";
ALTER TABLE "public"."account" ALTER COLUMN "email" TYPE text USING "email"::text;
ALTER TABLE "public"."account" ADD COLUMN "email_lower" text GENERATED ALWAYS AS (lower(email)) STORED;
CREATE UNIQUE INDEX "account_email_lower_key" ON "public"."account" USING "btree" ("email_lower");
-- alter view public.rich_account: create again after the change of column public.account.balance_cents
CREATE VIEW "public"."rich_account" ("id", "balance") AS (
SELECT account.id,
    account.balance
   FROM account
  WHERE (account.balance > (1000)::numeric)
);
