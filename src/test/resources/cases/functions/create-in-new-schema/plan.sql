-- create schema billing: create
CREATE SCHEMA "billing";
-- create procedure billing.report(numeric): create (plpgsql)
CREATE PROCEDURE "billing"."report"(INOUT "total" numeric DEFAULT (NULL::numeric))
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  total := billing.outstanding();
END
$fn$;
-- create table billing.invoice: create (2 columns)
CREATE TABLE "billing"."invoice" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "amount" numeric(10,2) NOT NULL,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);
-- create function billing.outstanding(): create (sql, returns numeric)
CREATE FUNCTION "billing"."outstanding"()
 RETURNS numeric
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT coalesce(sum(amount), 0) FROM billing.invoice
$fn$;
