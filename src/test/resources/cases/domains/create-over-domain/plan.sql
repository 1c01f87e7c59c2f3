-- create domain public.positive_int: create (integer, not null, 1 check)
CREATE DOMAIN "public"."positive_int" AS integer NOT NULL CONSTRAINT "positive_int_positive" CHECK (VALUE > 0);
-- create domain public.percent: create (positive_int, 1 check)
CREATE DOMAIN "public"."percent" AS positive_int CONSTRAINT "percent_max" CHECK ((VALUE)::integer <= 100);
-- create table public.discount: create (3 columns)
CREATE TABLE "public"."discount" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "rate" percent,
    "minimum" positive_int,
    CONSTRAINT "discount_pkey" PRIMARY KEY ("id")
);
