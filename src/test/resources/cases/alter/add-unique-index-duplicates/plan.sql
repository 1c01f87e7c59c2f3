-- create index public.account.account_email_lower_key: create (unique) [after commit] [refused]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_email_lower_key";
CREATE UNIQUE INDEX CONCURRENTLY "account_email_lower_key" ON "public"."account" USING "btree" ((lower(email)));
