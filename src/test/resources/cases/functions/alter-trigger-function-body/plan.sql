-- alter function public.lowercase_email(): new body
CREATE OR REPLACE FUNCTION "public"."lowercase_email"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
    NEW.email := lower(trim(NEW.email));
    RETURN NEW;
END
$fn$;
