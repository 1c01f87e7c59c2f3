-- alter column public.account.email: rename from mail
ALTER TABLE "public"."account" RENAME COLUMN "mail" TO "email";
-- alter column public.account.display_name: rename from Display Name
ALTER TABLE "public"."account" RENAME COLUMN "Display Name" TO "display_name";
-- alter column public.account.time_zone: rename from zone
ALTER TABLE "public"."account" RENAME COLUMN "zone" TO "time_zone";
