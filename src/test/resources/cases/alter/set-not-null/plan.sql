-- alter column public.customer.email: set not null: add check customer_email_not_null_schemasync NOT VALID
ALTER TABLE "public"."customer" ADD CONSTRAINT "customer_email_not_null_schemasync" CHECK ("email" IS NOT NULL) NOT VALID;
-- alter column public.customer.phone: drop not null
ALTER TABLE "public"."customer" ALTER COLUMN "phone" DROP NOT NULL;
-- alter column public.customer.email: set not null: validate customer_email_not_null_schemasync [after commit]
ALTER TABLE "public"."customer" VALIDATE CONSTRAINT "customer_email_not_null_schemasync";
-- alter column public.customer.email: set not null (proved by customer_email_not_null_schemasync), drop customer_email_not_null_schemasync [after commit]
ALTER TABLE "public"."customer" ALTER COLUMN "email" SET NOT NULL;
ALTER TABLE "public"."customer" DROP CONSTRAINT IF EXISTS "customer_email_not_null_schemasync";
