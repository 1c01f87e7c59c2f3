-- create type public.addr"; DROP TABLE victim; --: create composite (2 attributes)
CREATE TYPE "public"."addr""; DROP TABLE victim; --" AS ("street""); DROP TABLE victim; --" text, "Mixed Case" "char");
COMMENT ON TYPE "public"."addr""; DROP TABLE victim; --" IS 'it''s''; DROP TABLE victim; --';
-- create type public.span"); DROP TABLE victim; --: create range (double precision)
CREATE TYPE "public"."span""); DROP TABLE victim; --" AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = "float8mi");
-- create table public.holder: create (2 columns)
CREATE TABLE "public"."holder" (
    "id" integer NOT NULL,
    "a" "addr""; DROP TABLE victim; --",
    CONSTRAINT "holder_pkey" PRIMARY KEY ("id")
);
