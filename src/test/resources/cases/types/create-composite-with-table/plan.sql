-- create type public.address: create composite (4 attributes)
CREATE TYPE "public"."address" AS ("street" text, "city" character varying(80), "zip" integer, "geo" double precision[]);
COMMENT ON TYPE "public"."address" IS 'A postal address';
-- create table public.customer: create (3 columns)
CREATE TABLE "public"."customer" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "home" address,
    "previous" address[],
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);
