-- alter index public.event.event_account_idx: finish the rebuild: swap in event_account_idx_schemasync_new [after commit]
ALTER INDEX IF EXISTS "public"."event_account_idx" RENAME TO "event_account_idx_schemasync_old";
ALTER INDEX "public"."event_account_idx_schemasync_new" RENAME TO "event_account_idx";
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_account_idx_schemasync_old";
