-- alter table public.members: rename from accounts
ALTER TABLE "public"."accounts" RENAME TO "members";
-- alter constraint public.members.accounts_invited_by_fkey: drop for a moment, around the change of column public.members.id
ALTER TABLE "public"."members" DROP CONSTRAINT "accounts_invited_by_fkey";
-- alter constraint public.follows.follows_account_fk: drop for a moment, around the change of column public.members.id
ALTER TABLE "public"."follows" DROP CONSTRAINT "follows_account_fk";
-- alter constraint public.follows.follows_target_fk: drop for a moment, around the change of column public.members.id
ALTER TABLE "public"."follows" DROP CONSTRAINT "follows_target_fk";
-- alter constraint public.statuses.statuses_account_fk: drop for a moment, around the change of column public.members.id
ALTER TABLE "public"."statuses" DROP CONSTRAINT "statuses_account_fk";
-- alter column public.follows.account_id: integer → bigint
ALTER TABLE "public"."follows" ALTER COLUMN "account_id" TYPE bigint USING "account_id"::bigint, ALTER COLUMN "target_account_id" TYPE bigint USING "target_account_id"::bigint;
-- alter column public.follows.target_account_id: integer → bigint
-- alter column public.members.id: integer → bigint
ALTER TABLE "public"."members" ALTER COLUMN "id" TYPE bigint USING "id"::bigint, ALTER COLUMN "invited_by" TYPE bigint USING "invited_by"::bigint;
-- alter column public.members.invited_by: integer → bigint
-- alter constraint public.members.accounts_invited_by_fkey: add again after the change of column public.members.id, NOT VALID
ALTER TABLE "public"."members" ADD CONSTRAINT "accounts_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "public"."members" ("id") NOT VALID;
-- alter constraint public.members.accounts_invited_by_fkey: validate [after commit]
ALTER TABLE "public"."members" VALIDATE CONSTRAINT "accounts_invited_by_fkey";
-- alter constraint public.follows.follows_account_fk: add again after the change of column public.members.id, NOT VALID
ALTER TABLE "public"."follows" ADD CONSTRAINT "follows_account_fk" FOREIGN KEY ("account_id") REFERENCES "public"."members" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.follows.follows_account_fk: validate [after commit]
ALTER TABLE "public"."follows" VALIDATE CONSTRAINT "follows_account_fk";
-- alter constraint public.follows.follows_target_fk: add again after the change of column public.members.id, NOT VALID
ALTER TABLE "public"."follows" ADD CONSTRAINT "follows_target_fk" FOREIGN KEY ("target_account_id") REFERENCES "public"."members" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.follows.follows_target_fk: validate [after commit]
ALTER TABLE "public"."follows" VALIDATE CONSTRAINT "follows_target_fk";
-- alter constraint public.statuses.statuses_account_fk: add again after the change of column public.members.id, NOT VALID
ALTER TABLE "public"."statuses" ADD CONSTRAINT "statuses_account_fk" FOREIGN KEY ("account_id") REFERENCES "public"."members" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.statuses.statuses_account_fk: validate [after commit]
ALTER TABLE "public"."statuses" VALIDATE CONSTRAINT "statuses_account_fk";
