-- alter function public.clamp(integer, integer, integer): new body, language sql → plpgsql
CREATE OR REPLACE FUNCTION "public"."clamp"("x" integer, "lo" integer, "hi" integer)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE
 AS $fn$
BEGIN
  IF x < lo THEN RETURN lo; END IF;
  IF x > hi THEN RETURN hi; END IF;
  RETURN x;
END
$fn$;
