-- drop column public.users.legacy_flag: drop [refused]
ALTER TABLE "public"."users" DROP COLUMN "legacy_flag";
