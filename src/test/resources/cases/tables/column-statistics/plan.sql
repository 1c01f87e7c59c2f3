-- create column public.event.source: add (text, nullable)
ALTER TABLE "public"."event" ADD COLUMN "source" text;
ALTER TABLE "public"."event" ALTER COLUMN "source" SET STATISTICS 200;
-- alter column public.event.kind: statistics default (the next ANALYZE)
ALTER TABLE "public"."event" ALTER COLUMN "kind" SET STATISTICS -1;
-- alter column public.event.tenant_id: statistics 1000 (the next ANALYZE)
ALTER TABLE "public"."event" ALTER COLUMN "tenant_id" SET STATISTICS 1000;
