-- create index public.users.users_deleted_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."users_deleted_idx";
CREATE INDEX CONCURRENTLY "users_deleted_idx" ON "public"."users" USING "btree" ("deleted_at");
-- create index public.users.users_email_key: create (unique) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."users_email_key";
CREATE UNIQUE INDEX CONCURRENTLY "users_email_key" ON "public"."users" USING "btree" ((lower(email))) WHERE (deleted_at IS NULL);
