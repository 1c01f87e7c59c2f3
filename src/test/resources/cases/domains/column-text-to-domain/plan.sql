-- create domain public.email: create (text, 1 check)
CREATE DOMAIN "public"."email" AS text CONSTRAINT "email_has_at" CHECK (VALUE ~~ '%@%'::text);
-- alter column public.account.email: text → email
ALTER TABLE "public"."account" ALTER COLUMN "email" TYPE email USING "email"::email, ALTER COLUMN "backup_emails" TYPE email[] USING "backup_emails"::email[];
-- alter column public.account.backup_emails: text[] → email[]
