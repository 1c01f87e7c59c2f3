-- alter constraint public.statuses.statuses_account_fk: drop for a moment, around the change of column public.statuses.account_id
ALTER TABLE "public"."statuses" DROP CONSTRAINT "statuses_account_fk";
-- alter column public.likes.status_id: integer → bigint
ALTER TABLE "public"."likes" ALTER COLUMN "status_id" TYPE bigint USING "status_id"::bigint;
-- alter column public.statuses.account_id: integer → bigint
ALTER TABLE "public"."statuses" ALTER COLUMN "account_id" TYPE bigint USING "account_id"::bigint;
-- alter constraint public.statuses.statuses_account_fk: add again after the change of column public.statuses.account_id, NOT VALID
ALTER TABLE "public"."statuses" ADD CONSTRAINT "statuses_account_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.statuses.statuses_account_fk: validate [after commit]
ALTER TABLE "public"."statuses" VALIDATE CONSTRAINT "statuses_account_fk";
