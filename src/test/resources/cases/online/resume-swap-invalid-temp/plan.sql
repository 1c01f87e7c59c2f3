-- alter index public.event.event_account_idx: rebuild (definition changed): built CONCURRENTLY as event_account_idx_schemasync_new, then swapped in [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_account_idx_schemasync_new";
CREATE INDEX CONCURRENTLY "event_account_idx_schemasync_new" ON "public"."event" USING "btree" ("account_id", "created_at" DESC);
ALTER INDEX IF EXISTS "public"."event_account_idx" RENAME TO "event_account_idx_schemasync_old";
ALTER INDEX "public"."event_account_idx_schemasync_new" RENAME TO "event_account_idx";
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_account_idx_schemasync_old";
