-- alter column public.customer.email: set not null
ALTER TABLE "public"."customer" ALTER COLUMN "email" SET NOT NULL;
-- alter column public.customer.phone: drop not null
ALTER TABLE "public"."customer" ALTER COLUMN "phone" DROP NOT NULL;
