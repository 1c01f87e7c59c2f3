-- create table public.invoice: create (2 columns)
CREATE TABLE "public"."invoice" (
    "number" bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 20 NO CYCLE),
    "total" numeric NOT NULL,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("number")
);
