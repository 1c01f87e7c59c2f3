-- alter column public.payment.amount: numeric → integer [refused]
ALTER TABLE "public"."payment" ALTER COLUMN "amount" TYPE integer USING "amount"::integer;
