-- alter function public.fmt(numeric): new body
CREATE OR REPLACE FUNCTION "public"."fmt"("x" numeric)
 RETURNS text
 LANGUAGE sql
 AS $fn$
SELECT to_char(x, 'FM999999990.00')
$fn$;
-- create function public.fmt(boolean): create (sql, returns text)
CREATE FUNCTION "public"."fmt"("x" boolean)
 RETURNS text
 LANGUAGE sql
 AS $fn$
SELECT CASE WHEN x THEN 'yes' ELSE 'no' END
$fn$;
