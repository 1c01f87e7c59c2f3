-- create column public.counter.note: add (text, nullable)
ALTER TABLE "public"."counter" ADD COLUMN "note" text;
-- alter table public.counter: set (toast.autovacuum_enabled=false)
ALTER TABLE "public"."counter" SET ("toast"."autovacuum_enabled" = 'false');
