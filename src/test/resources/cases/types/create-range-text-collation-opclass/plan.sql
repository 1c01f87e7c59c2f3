-- create type public.name_range: create range (text)
CREATE TYPE "public"."name_range" AS RANGE (SUBTYPE = text, SUBTYPE_OPCLASS = "text_pattern_ops", COLLATION = "C");
