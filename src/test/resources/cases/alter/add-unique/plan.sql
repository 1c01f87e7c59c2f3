-- create constraint public.account.account_email_key: add unique (email): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_email_key";
CREATE UNIQUE INDEX CONCURRENTLY "account_email_key" ON "public"."account" USING "btree" ("email");
ALTER TABLE "public"."account" ADD CONSTRAINT "account_email_key" UNIQUE USING INDEX "account_email_key";
