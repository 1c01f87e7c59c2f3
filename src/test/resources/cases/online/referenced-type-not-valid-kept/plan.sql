-- alter column public.accounts.id: integer → bigint
ALTER TABLE "public"."accounts" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
