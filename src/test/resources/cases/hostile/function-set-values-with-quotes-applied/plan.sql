-- create function public.quoted(): create (sql, returns text)
CREATE FUNCTION "public"."quoted"()
 RETURNS text
 LANGUAGE sql
 SET application_name = 'x''; DROP TABLE victim; --'
 SET search_path = 'public''', '''pg_temp', '"$user"; DROP TABLE victim'
 AS $fn$
SELECT current_setting('application_name')
$fn$;
