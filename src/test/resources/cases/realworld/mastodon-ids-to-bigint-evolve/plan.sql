-- alter constraint public.favourites.fk_5eb6c2b873: drop for a moment, around the change of column public.accounts.id
ALTER TABLE "public"."favourites" DROP CONSTRAINT "fk_5eb6c2b873";
-- alter constraint public.follows.fk_32ed1b5560: drop for a moment, around the change of column public.accounts.id
ALTER TABLE "public"."follows" DROP CONSTRAINT "fk_32ed1b5560";
-- alter constraint public.follows.fk_745ca29eac: drop for a moment, around the change of column public.accounts.id
ALTER TABLE "public"."follows" DROP CONSTRAINT "fk_745ca29eac";
-- alter constraint public.statuses.fk_9bda1543f7: drop for a moment, around the change of column public.accounts.id
ALTER TABLE "public"."statuses" DROP CONSTRAINT "fk_9bda1543f7";
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
-- alter constraint public.favourites.fk_5eb6c2b873: add again after the change of column public.accounts.id, NOT VALID
ALTER TABLE "public"."favourites" ADD CONSTRAINT "fk_5eb6c2b873" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.favourites.fk_5eb6c2b873: validate [after commit]
ALTER TABLE "public"."favourites" VALIDATE CONSTRAINT "fk_5eb6c2b873";
-- alter constraint public.follows.fk_32ed1b5560: add again after the change of column public.accounts.id, NOT VALID
ALTER TABLE "public"."follows" ADD CONSTRAINT "fk_32ed1b5560" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.follows.fk_32ed1b5560: validate [after commit]
ALTER TABLE "public"."follows" VALIDATE CONSTRAINT "fk_32ed1b5560";
-- alter constraint public.follows.fk_745ca29eac: add again after the change of column public.accounts.id, NOT VALID
ALTER TABLE "public"."follows" ADD CONSTRAINT "fk_745ca29eac" FOREIGN KEY ("target_account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.follows.fk_745ca29eac: validate [after commit]
ALTER TABLE "public"."follows" VALIDATE CONSTRAINT "fk_745ca29eac";
-- alter constraint public.statuses.fk_9bda1543f7: add again after the change of column public.accounts.id, NOT VALID
ALTER TABLE "public"."statuses" ADD CONSTRAINT "fk_9bda1543f7" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.statuses.fk_9bda1543f7: validate [after commit]
ALTER TABLE "public"."statuses" VALIDATE CONSTRAINT "fk_9bda1543f7";
