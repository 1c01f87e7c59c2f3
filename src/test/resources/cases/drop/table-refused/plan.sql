-- drop table public.old_sessions: drop [refused]
ALTER TABLE "public"."old_sessions" DROP CONSTRAINT "old_sessions_user_id_fkey";
DROP TABLE "public"."old_sessions";
