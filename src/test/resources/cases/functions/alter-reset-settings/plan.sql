-- alter function public.tuned(): set statement_timeout = '2s', reset work_mem
CREATE OR REPLACE FUNCTION "public"."tuned"()
 RETURNS integer
 LANGUAGE sql
 SET search_path = 'public', '$user'
 SET statement_timeout = '2s'
 AS $fn$
SELECT 1
$fn$;
