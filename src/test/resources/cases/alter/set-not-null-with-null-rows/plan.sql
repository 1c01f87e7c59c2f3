-- alter column public.customer.email: set not null [refused]
ALTER TABLE "public"."customer" ALTER COLUMN "email" SET NOT NULL;
