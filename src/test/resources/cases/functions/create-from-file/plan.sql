-- create function public.slugify(text): create (plpgsql, returns text)
CREATE FUNCTION "public"."slugify"("input" text)
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE STRICT
 AS $fn$
-- Lower case, runs of anything else become one dash.
BEGIN
  RETURN trim(both '-' from regexp_replace(lower(input), '[^a-z0-9]+', '-', 'g'));
END;
$fn$;
