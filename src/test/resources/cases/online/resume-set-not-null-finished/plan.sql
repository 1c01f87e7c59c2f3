-- alter column public.customer.email: drop customer_email_not_null_schemasync (left by an interrupted set not null)
ALTER TABLE "public"."customer" DROP CONSTRAINT IF EXISTS "customer_email_not_null_schemasync";
-- alter column public.customer.nickname: drop customer_nickname_not_null_schemasync (left by an interrupted set not null)
ALTER TABLE "public"."customer" DROP CONSTRAINT IF EXISTS "customer_nickname_not_null_schemasync";
