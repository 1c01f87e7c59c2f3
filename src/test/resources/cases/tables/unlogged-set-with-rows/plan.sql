-- alter table public.session_cache: set unlogged
ALTER TABLE "public"."session_cache" SET UNLOGGED;
