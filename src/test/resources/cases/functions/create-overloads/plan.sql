-- create function public.area(double precision): create (sql, returns double precision)
CREATE FUNCTION "public"."area"("r" double precision)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT pi() * r * r
$fn$;
-- create function public.area(integer, integer): create (sql, returns integer)
CREATE FUNCTION "public"."area"("w" integer, "h" integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT w * h
$fn$;
-- create function public.area(text): create (sql, returns text)
CREATE FUNCTION "public"."area"("label" text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT 'area of ' || label
$fn$;
