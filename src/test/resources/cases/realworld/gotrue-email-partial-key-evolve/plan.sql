-- create column auth.users.is_sso_user: add (boolean, not null, default false)
ALTER TABLE "auth"."users" ADD COLUMN "is_sso_user" boolean DEFAULT (false) NOT NULL;
COMMENT ON COLUMN "auth"."users"."is_sso_user" IS 'Auth: Set this column to true when the account comes from SSO. These accounts can have duplicate emails.';
-- create index auth.users.users_email_partial_key: create (unique) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "auth"."users_email_partial_key";
CREATE UNIQUE INDEX CONCURRENTLY "users_email_partial_key" ON "auth"."users" USING "btree" ("email") WHERE (is_sso_user = false);
COMMENT ON INDEX "auth"."users_email_partial_key" IS 'Auth: A partial unique index that applies only when is_sso_user is false';
-- drop constraint auth.users.users_email_key: drop unique (email) [after commit]
ALTER TABLE "auth"."users" DROP CONSTRAINT "users_email_key";
