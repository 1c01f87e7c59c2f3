-- alter index public.event.event_account_idx: rebuild (definition changed) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_account_idx";
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_account_idx";
CREATE INDEX CONCURRENTLY "event_account_idx" ON "public"."event" USING "btree" ("account_id", "created_at" DESC);
-- alter index public.event.event_kind_idx: rebuild (definition changed) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_kind_idx";
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_kind_idx";
CREATE INDEX CONCURRENTLY "event_kind_idx" ON "public"."event" USING "btree" ("kind") WHERE (kind NOT IN ('debug', 'trace'));
