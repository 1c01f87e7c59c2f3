-- drop view public.user_login: drop
DROP VIEW "public"."user_login";
-- drop view public.legacy_login: drop
DROP VIEW "public"."legacy_login";
-- drop table public.legacy_user: drop
DROP TABLE "public"."legacy_user";
