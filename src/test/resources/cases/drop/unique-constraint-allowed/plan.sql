-- drop constraint public.account.account_email_key: drop unique (email)
ALTER TABLE "public"."account" DROP CONSTRAINT "account_email_key";
