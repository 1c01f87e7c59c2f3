-- alter type public.address: rename from addr, rename attribute town → city, add attribute country character(2)
ALTER TYPE "public"."addr" RENAME TO "address";
ALTER TYPE "public"."address" RENAME ATTRIBUTE "town" TO "city";
ALTER TYPE "public"."address" ADD ATTRIBUTE "country" character(2);
-- alter function public.town_of(address): new body
CREATE OR REPLACE FUNCTION "public"."town_of"("a" address)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT $1.city
$fn$;
-- create table public.shipment: create (2 columns)
CREATE TABLE "public"."shipment" (
    "id" bigint NOT NULL,
    "to" address NOT NULL,
    CONSTRAINT "shipment_pkey" PRIMARY KEY ("id")
);
