-- create domain public.amount: create (numeric(12,2), 1 check)
CREATE DOMAIN "public"."amount" AS numeric(12,2) DEFAULT (0) CONSTRAINT "amount_not_negative" CHECK (VALUE >= (0)::numeric);
-- create table public.invoice_line: create (3 columns)
CREATE TABLE "public"."invoice_line" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "price" amount NOT NULL,
    "discount" amount DEFAULT (0.00),
    CONSTRAINT "invoice_line_pkey" PRIMARY KEY ("id")
);
