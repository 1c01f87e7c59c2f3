-- create schema billing: create
CREATE SCHEMA "billing";
COMMENT ON SCHEMA "billing" IS 'Invoices and payments, owned by the billing team';
-- create table billing.invoice: create (4 columns)
CREATE TABLE "billing"."invoice" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "number" text NOT NULL,
    "issued_on" date DEFAULT (CURRENT_DATE) NOT NULL,
    "amount" numeric(12,2) NOT NULL,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invoice_number_key" UNIQUE ("number")
);
COMMENT ON TABLE "billing"."invoice" IS 'One invoice per customer per month';
