-- alter column public.accounts.id: integer → bigint
ALTER TABLE "public"."accounts" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
-- alter constraint public.statuses.statuses_account_fk: validate (it is NOT VALID) [after commit] [refused]
ALTER TABLE "public"."statuses" VALIDATE CONSTRAINT "statuses_account_fk";
