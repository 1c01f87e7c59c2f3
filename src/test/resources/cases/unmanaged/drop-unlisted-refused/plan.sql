-- drop view public.user_emails: drop [refused]
DROP VIEW "public"."user_emails";
-- drop column public.users.legacy_flag: drop [refused]
ALTER TABLE "public"."users" DROP COLUMN "legacy_flag";
-- drop table public.old_sessions: drop [refused]
ALTER TABLE "public"."old_sessions" DROP CONSTRAINT "old_sessions_user_id_fkey";
DROP TABLE "public"."old_sessions";
-- drop sequence public.legacy_numbers: drop [refused]
DROP SEQUENCE "public"."legacy_numbers";
-- drop type public.old_mood: drop [refused]
DROP TYPE "public"."old_mood";
