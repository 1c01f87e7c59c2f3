-- create table public.invoice: create (3 columns)
CREATE TABLE "public"."invoice" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "status" text DEFAULT ('open') NOT NULL,
    "amount" numeric(10,2) NOT NULL,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);
-- create function public.open_invoices(): create (sql, returns setof invoice)
CREATE FUNCTION "public"."open_invoices"()
 RETURNS SETOF invoice
 LANGUAGE sql
 STABLE ROWS 50
 AS $fn$
SELECT * FROM invoice WHERE status = 'open'
$fn$;
