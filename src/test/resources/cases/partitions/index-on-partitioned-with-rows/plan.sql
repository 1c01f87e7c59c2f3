-- create index public.events.events_payload_idx: create (using gin) [after commit]
CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_2026_01_events_payload_idx" ON "public"."events_2026_01" USING "gin" ("payload");
CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_2026_02_events_payload_idx" ON "public"."events_2026_02" USING "gin" ("payload");
CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_default_events_payload_idx" ON "public"."events_default" USING "gin" ("payload");
CREATE INDEX IF NOT EXISTS "events_payload_idx" ON ONLY "public"."events" USING "gin" ("payload");
ALTER INDEX "public"."events_payload_idx" ATTACH PARTITION "public"."events_2026_01_events_payload_idx";
ALTER INDEX "public"."events_payload_idx" ATTACH PARTITION "public"."events_2026_02_events_payload_idx";
ALTER INDEX "public"."events_payload_idx" ATTACH PARTITION "public"."events_default_events_payload_idx";
