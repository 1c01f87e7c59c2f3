-- alter table public.notes: inherit audited
ALTER TABLE "public"."notes" INHERIT "public"."audited";
