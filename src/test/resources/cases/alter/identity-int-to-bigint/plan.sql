-- alter constraint public.login.login_account_id_fkey: drop for a moment, around the change of column public.account.id
ALTER TABLE "public"."login" DROP CONSTRAINT "login_account_id_fkey";
-- alter column public.account.id: integer → bigint
ALTER TABLE "public"."account" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
-- alter column public.login.id: integer → bigint
ALTER TABLE "public"."login" ALTER COLUMN "id" TYPE bigint USING "id"::bigint, ALTER COLUMN "account_id" TYPE bigint USING "account_id"::bigint;
-- alter column public.login.account_id: integer → bigint
-- alter constraint public.login.login_account_id_fkey: add again after the change of column public.account.id, NOT VALID
ALTER TABLE "public"."login" ADD CONSTRAINT "login_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."account" ("id") NOT VALID;
-- alter constraint public.login.login_account_id_fkey: validate [after commit]
ALTER TABLE "public"."login" VALIDATE CONSTRAINT "login_account_id_fkey";
