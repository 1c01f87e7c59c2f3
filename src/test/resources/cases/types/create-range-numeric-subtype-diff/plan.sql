-- create function public.numeric_diff(numeric, numeric): create (sql, returns double precision)
CREATE FUNCTION "public"."numeric_diff"("a" numeric, "b" numeric)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT (a - b)::float8
$fn$;
-- create type public.price_range: create range (numeric)
CREATE TYPE "public"."price_range" AS RANGE (SUBTYPE = numeric, SUBTYPE_DIFF = "numeric_diff");
COMMENT ON TYPE "public"."price_range" IS 'Prices, with a distance for GiST';
-- create table public.offer: create (2 columns)
CREATE TABLE "public"."offer" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "price" price_range NOT NULL,
    CONSTRAINT "offer_pkey" PRIMARY KEY ("id")
);
