-- alter column public.customer.email: set not null (proved by customer_email_not_null_schemasync), drop customer_email_not_null_schemasync [after commit]
ALTER TABLE "public"."customer" ALTER COLUMN "email" SET NOT NULL;
ALTER TABLE "public"."customer" DROP CONSTRAINT IF EXISTS "customer_email_not_null_schemasync";
