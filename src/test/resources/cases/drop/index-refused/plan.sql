-- drop index public.users.users_email_idx: drop [refused]
DROP INDEX "public"."users_email_idx";
