-- create type public.floatrange: create range (double precision)
CREATE TYPE "public"."floatrange" AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = "float8mi", MULTIRANGE_TYPE_NAME = "public"."float_ranges");
