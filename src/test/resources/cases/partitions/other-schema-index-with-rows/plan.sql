-- create index public.events.events_kind_idx: create [after commit]
CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_2025_events_kind_idx" ON "archive"."events_2025" USING "btree" ("kind", "occurred_at");
CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_2026_events_kind_idx" ON "public"."events_2026" USING "btree" ("kind", "occurred_at");
CREATE INDEX IF NOT EXISTS "events_kind_idx" ON ONLY "public"."events" USING "btree" ("kind", "occurred_at");
ALTER INDEX "public"."events_kind_idx" ATTACH PARTITION "archive"."events_2025_events_kind_idx";
ALTER INDEX "public"."events_kind_idx" ATTACH PARTITION "public"."events_2026_events_kind_idx";
