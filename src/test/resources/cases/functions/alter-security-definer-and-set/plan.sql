-- alter function public.secret_count(): security definer, set search_path = 'pg_catalog, pg_temp'
CREATE OR REPLACE FUNCTION "public"."secret_count"()
 RETURNS bigint
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path = 'pg_catalog', 'pg_temp'
 AS $fn$
SELECT count(*) FROM public.secret
$fn$;
