-- create index public.audit_log.events_2024_01_created_at_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."events_2024_01_created_at_idx";
CREATE INDEX CONCURRENTLY "events_2024_01_created_at_idx" ON "public"."audit_log" USING "btree" ("created_at");
-- alter index public.audit_log.events_2024_01_created_at_idx: name taken by an index of a partition [refused]
