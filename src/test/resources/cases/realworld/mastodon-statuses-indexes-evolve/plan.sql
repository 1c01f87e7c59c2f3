-- create index public.statuses.index_statuses_20190820: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_statuses_20190820";
CREATE INDEX CONCURRENTLY "index_statuses_20190820" ON "public"."statuses" USING "btree" ("account_id", "id" DESC, "visibility", "updated_at") WHERE (deleted_at IS NULL);
-- drop index public.statuses.index_statuses_20180106: drop [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_statuses_20180106";
-- alter index public.statuses.index_statuses_on_in_reply_to_account_id: rebuild (definition changed): built CONCURRENTLY as index_statuses_on_in_reply_to_account_id_schemasync_new, then swapped in [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_statuses_on_in_reply_to_account_id_schemasync_new";
CREATE INDEX CONCURRENTLY "index_statuses_on_in_reply_to_account_id_schemasync_new" ON "public"."statuses" USING "btree" ("in_reply_to_account_id") WHERE (in_reply_to_account_id IS NOT NULL);
ALTER INDEX IF EXISTS "public"."index_statuses_on_in_reply_to_account_id" RENAME TO "index_statuses_on_in_reply_to_account_id_schemasync_old";
ALTER INDEX "public"."index_statuses_on_in_reply_to_account_id_schemasync_new" RENAME TO "index_statuses_on_in_reply_to_account_id";
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_statuses_on_in_reply_to_account_id_schemasync_old";
-- alter index public.statuses.index_statuses_on_in_reply_to_id: rebuild (definition changed): built CONCURRENTLY as index_statuses_on_in_reply_to_id_schemasync_new, then swapped in [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_statuses_on_in_reply_to_id_schemasync_new";
CREATE INDEX CONCURRENTLY "index_statuses_on_in_reply_to_id_schemasync_new" ON "public"."statuses" USING "btree" ("in_reply_to_id") WHERE (in_reply_to_id IS NOT NULL);
ALTER INDEX IF EXISTS "public"."index_statuses_on_in_reply_to_id" RENAME TO "index_statuses_on_in_reply_to_id_schemasync_old";
ALTER INDEX "public"."index_statuses_on_in_reply_to_id_schemasync_new" RENAME TO "index_statuses_on_in_reply_to_id";
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_statuses_on_in_reply_to_id_schemasync_old";
