-- alter column public.account.id: integer → bigint
ALTER TABLE "public"."account" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
-- alter column public.login.id: integer → bigint
ALTER TABLE "public"."login" ALTER COLUMN "id" TYPE bigint USING "id"::bigint, ALTER COLUMN "account_id" TYPE bigint USING "account_id"::bigint;
-- alter column public.login.account_id: integer → bigint
