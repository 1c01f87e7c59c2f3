-- alter type public.money_amount: attribute amount numeric(10,2) → numeric(14,4) [refused]
ALTER TYPE "public"."money_amount" ALTER ATTRIBUTE "amount" TYPE numeric(14,4);
