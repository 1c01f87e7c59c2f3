-- alter index public.session.session_token_key: rebuild (definition changed) (unique): built CONCURRENTLY as session_token_key_schemasync_new, then swapped in [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."session_token_key_schemasync_new";
CREATE UNIQUE INDEX CONCURRENTLY "session_token_key_schemasync_new" ON "public"."session" USING "btree" ("token") WHERE (NOT revoked);
ALTER INDEX IF EXISTS "public"."session_token_key" RENAME TO "session_token_key_schemasync_old";
ALTER INDEX "public"."session_token_key_schemasync_new" RENAME TO "session_token_key";
DROP INDEX CONCURRENTLY IF EXISTS "public"."session_token_key_schemasync_old";
-- alter index public.session.session_user_idx: rebuild (definition changed): built CONCURRENTLY as session_user_idx_schemasync_new, then swapped in [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."session_user_idx_schemasync_new";
CREATE INDEX CONCURRENTLY "session_user_idx_schemasync_new" ON "public"."session" USING "btree" ("user_id", "id" DESC);
ALTER INDEX IF EXISTS "public"."session_user_idx" RENAME TO "session_user_idx_schemasync_old";
ALTER INDEX "public"."session_user_idx_schemasync_new" RENAME TO "session_user_idx";
COMMENT ON INDEX "public"."session_user_idx" IS 'sessions of a user';
DROP INDEX CONCURRENTLY IF EXISTS "public"."session_user_idx_schemasync_old";
