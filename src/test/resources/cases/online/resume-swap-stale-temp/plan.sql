-- drop index public.event.event_account_idx_schemasync_new: drop (left by an interrupted rebuild of event_account_idx) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."event_account_idx_schemasync_new";
