-- create constraint public.account.account_email_key: add unique (email) [refused]
ALTER TABLE "public"."account" ADD CONSTRAINT "account_email_key" UNIQUE ("email");
