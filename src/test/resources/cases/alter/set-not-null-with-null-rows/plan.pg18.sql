-- alter column public.customer.email: set not null: add constraint customer_email_not_null NOT NULL NOT VALID [refused]
ALTER TABLE "public"."customer" ADD CONSTRAINT "customer_email_not_null" NOT NULL "email" NOT VALID;
-- alter column public.customer.email: set not null: validate customer_email_not_null [after commit]
ALTER TABLE "public"."customer" VALIDATE CONSTRAINT "customer_email_not_null";
