-- alter column public.customer.email: rename from mail
ALTER TABLE "public"."customer" RENAME COLUMN "mail" TO "email";
-- alter column public.customer.email: set not null [refused]
ALTER TABLE "public"."customer" ALTER COLUMN "email" SET NOT NULL;
