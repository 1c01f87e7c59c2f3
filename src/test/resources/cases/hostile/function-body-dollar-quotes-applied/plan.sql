-- create function public.ends_in_dollar_fn(): create (plpgsql, returns text)
CREATE FUNCTION "public"."ends_in_dollar_fn"()
 RETURNS text
 LANGUAGE plpgsql
 AS $fn1$
BEGIN
  RETURN $x$ $$ $x$; -- $$; DROP TABLE victim; $fn$ DROP TABLE victim; $fn
END
$fn1$;
-- create function public.payload(): create (sql, returns text)
CREATE FUNCTION "public"."payload"()
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 AS $fn2$
SELECT $fn$ $$; DROP TABLE victim; $$ $fn$ || $fn1$ $fn$; DROP TABLE victim; $fn1$ || $tag$'; DROP TABLE victim; --$tag$
$fn2$;
