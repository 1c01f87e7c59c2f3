-- alter type public.money_amount: attribute amount numeric(10,2) → numeric(14,4), attribute currency character(3) → character varying(3)
ALTER TYPE "public"."money_amount" ALTER ATTRIBUTE "amount" TYPE numeric(14,4);
ALTER TYPE "public"."money_amount" ALTER ATTRIBUTE "currency" TYPE character varying(3);
