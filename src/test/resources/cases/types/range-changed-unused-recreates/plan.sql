-- alter type public.price_range: recreate (range (numeric) → (double precision, subtype_diff float8mi))
DROP TYPE "public"."price_range";
CREATE TYPE "public"."price_range" AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = "float8mi");
COMMENT ON TYPE "public"."price_range" IS 'prices';
