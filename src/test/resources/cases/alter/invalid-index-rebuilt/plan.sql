-- create index public.event.event_kind_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_kind_idx";
CREATE INDEX CONCURRENTLY "event_kind_idx" ON "public"."event" USING "btree" ("kind");
