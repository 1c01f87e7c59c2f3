-- alter function public.double_it(integer): volatility volatile → immutable, strict, parallel unsafe → safe, cost 100 → 2
CREATE OR REPLACE FUNCTION "public"."double_it"("x" integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE STRICT PARALLEL SAFE COST 2
 AS $fn$
SELECT x * 2
$fn$;
-- alter function public.label(text): volatility immutable → volatile, not strict, parallel safe → unsafe, not leakproof, cost 10 → 100
CREATE OR REPLACE FUNCTION "public"."label"("x" text)
 RETURNS text
 LANGUAGE sql
 AS $fn$
SELECT upper(x)
$fn$;
