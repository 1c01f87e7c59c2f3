-- create function public.greet(text, text, text): create (sql, returns text)
CREATE FUNCTION "public"."greet"("name" text, "greeting" text DEFAULT ('Hello'::text), "punctuation" text DEFAULT ('!'::text))
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT greeting || ', ' || name || punctuation
$fn$;
-- create function public.next_id(): create (sql, returns bigint)
CREATE FUNCTION "public"."next_id"(OUT "id" bigint)
 RETURNS bigint
 LANGUAGE sql
 AS $fn$
SELECT 42::bigint
$fn$;
-- create function public.split_name(text): create (sql, returns record)
CREATE FUNCTION "public"."split_name"("full_name" text, OUT "first_name" text, OUT "last_name" text)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2)
$fn$;
-- create function public.sum_all(integer[]): create (sql, returns bigint)
CREATE FUNCTION "public"."sum_all"(VARIADIC "xs" integer[])
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT sum(x) FROM unnest(xs) AS x
$fn$;
-- create function public.swap(integer, integer): create (plpgsql, returns record)
CREATE FUNCTION "public"."swap"(INOUT "a" integer, INOUT "b" integer)
 RETURNS record
 LANGUAGE plpgsql
 AS $fn$
DECLARE t int := a;
BEGIN
  a := b;
  b := t;
END
$fn$;
