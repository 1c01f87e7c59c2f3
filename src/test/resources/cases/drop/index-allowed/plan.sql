-- drop index public.users.users_email_idx: drop
DROP INDEX "public"."users_email_idx";
