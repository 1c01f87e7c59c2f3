-- alter table public.staging: set logged
ALTER TABLE "public"."staging" SET LOGGED;
