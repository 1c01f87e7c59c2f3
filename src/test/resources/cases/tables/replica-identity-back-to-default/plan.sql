-- alter table public.account: replica identity default
ALTER TABLE "public"."account" REPLICA IDENTITY DEFAULT;
