-- alter function public.price_with_tax(integer): new body
CREATE OR REPLACE FUNCTION "public"."price_with_tax"("cents" integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT cents * 120 / 100
$fn$;
