-- create type public.money_amount: create composite (2 attributes)
CREATE TYPE "public"."money_amount" AS ("amount" numeric(12,2), "currency" character(3));
-- create function public.add_amounts(money_amount, money_amount): create (sql, returns money_amount)
CREATE FUNCTION "public"."add_amounts"("a" money_amount, "b" money_amount)
 RETURNS money_amount
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT ROW((a).amount + (b).amount, (a).currency)::money_amount
$fn$;
-- create table public.invoice: create (2 columns)
CREATE TABLE "public"."invoice" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "total" money_amount NOT NULL,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);
-- create function public.amounts_of(text): create (sql, returns setof money_amount)
CREATE FUNCTION "public"."amounts_of"("currency" text)
 RETURNS SETOF money_amount
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT (i.total).amount, (i.total).currency FROM invoice i WHERE (i.total).currency = currency
$fn$;
