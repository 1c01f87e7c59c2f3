-- alter table public.app_user: rename from usr
ALTER TABLE "public"."usr" RENAME TO "app_user";
-- alter view public.login_name: new query (columns kept)
CREATE OR REPLACE VIEW "public"."login_name" ("login") AS (
SELECT app_user.login
   FROM app_user
);
-- alter constraint public.app_user.app_user_pkey: rename from usr_pkey
ALTER TABLE "public"."app_user" RENAME CONSTRAINT "usr_pkey" TO "app_user_pkey";
