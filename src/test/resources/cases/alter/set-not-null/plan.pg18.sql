-- alter column public.customer.email: set not null: add constraint customer_email_not_null NOT NULL NOT VALID
ALTER TABLE "public"."customer" ADD CONSTRAINT "customer_email_not_null" NOT NULL "email" NOT VALID;
-- alter column public.customer.phone: drop not null
ALTER TABLE "public"."customer" ALTER COLUMN "phone" DROP NOT NULL;
-- alter column public.customer.email: set not null: validate customer_email_not_null [after commit]
ALTER TABLE "public"."customer" VALIDATE CONSTRAINT "customer_email_not_null";
