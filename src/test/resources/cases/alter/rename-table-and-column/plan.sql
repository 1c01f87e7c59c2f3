-- alter table public.users: rename from tbl_users
ALTER TABLE "public"."tbl_users" RENAME TO "users";
-- alter column public.users.email: rename from mail
ALTER TABLE "public"."users" RENAME COLUMN "mail" TO "email";
