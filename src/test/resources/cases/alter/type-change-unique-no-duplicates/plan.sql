-- alter column public.payment.amount: numeric → integer
ALTER TABLE "public"."payment" ALTER COLUMN "amount" TYPE integer USING "amount"::integer;
