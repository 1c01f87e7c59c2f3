-- alter column public.customer.email: set not null: validate customer_email_not_null [after commit]
ALTER TABLE "public"."customer" VALIDATE CONSTRAINT "customer_email_not_null";
