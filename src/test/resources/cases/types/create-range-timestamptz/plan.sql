-- create type public.period: create range (timestamp with time zone)
CREATE TYPE "public"."period" AS RANGE (SUBTYPE = timestamp with time zone, SUBTYPE_DIFF = "tstzrange_subdiff");
-- create table public.booking: create (3 columns)
CREATE TABLE "public"."booking" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "during" period NOT NULL,
    "older" period[],
    CONSTRAINT "booking_pkey" PRIMARY KEY ("id")
);
