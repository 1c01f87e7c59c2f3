-- alter table public.scratch: set unlogged
ALTER TABLE "public"."scratch" SET UNLOGGED;
