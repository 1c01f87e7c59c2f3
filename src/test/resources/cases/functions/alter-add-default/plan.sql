-- alter function public.page(integer, integer): argument defaults
CREATE OR REPLACE FUNCTION "public"."page"("n" integer, "size" integer DEFAULT (50))
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT (n - 1) * size
$fn$;
