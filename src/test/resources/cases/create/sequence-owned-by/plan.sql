-- create sequence public.receipt_no: create (start 1)
CREATE SEQUENCE "public"."receipt_no" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
-- create table public.receipt: create (2 columns)
CREATE TABLE "public"."receipt" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "number" bigint DEFAULT (nextval('receipt_no')) NOT NULL,
    CONSTRAINT "receipt_pkey" PRIMARY KEY ("id")
);
-- alter sequence public.receipt_no: owned by receipt.number
ALTER SEQUENCE "public"."receipt_no" OWNED BY "public"."receipt"."number";
