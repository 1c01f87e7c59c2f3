-- alter column public.accounts.id: serial → bigserial, sequence integer → bigint
ALTER TABLE "public"."accounts" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
ALTER SEQUENCE "public"."accounts_id_seq" AS bigint;
-- alter column public.favourites.id: serial → bigserial, sequence integer → bigint
ALTER TABLE "public"."favourites" ALTER COLUMN "id" TYPE bigint USING "id"::bigint, ALTER COLUMN "account_id" TYPE bigint USING "account_id"::bigint;
ALTER SEQUENCE "public"."favourites_id_seq" AS bigint;
-- alter column public.favourites.account_id: integer → bigint
-- alter column public.follows.id: serial → bigserial, sequence integer → bigint
ALTER TABLE "public"."follows" ALTER COLUMN "id" TYPE bigint USING "id"::bigint, ALTER COLUMN "account_id" TYPE bigint USING "account_id"::bigint, ALTER COLUMN "target_account_id" TYPE bigint USING "target_account_id"::bigint;
ALTER SEQUENCE "public"."follows_id_seq" AS bigint;
-- alter column public.follows.account_id: integer → bigint
-- alter column public.follows.target_account_id: integer → bigint
-- alter column public.statuses.account_id: integer → bigint
ALTER TABLE "public"."statuses" ALTER COLUMN "account_id" TYPE bigint USING "account_id"::bigint;
