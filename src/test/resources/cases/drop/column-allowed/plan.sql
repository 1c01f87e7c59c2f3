-- drop column public.users.legacy_flag: drop
ALTER TABLE "public"."users" DROP COLUMN "legacy_flag";
