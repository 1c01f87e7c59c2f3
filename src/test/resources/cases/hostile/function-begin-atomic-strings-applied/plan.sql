-- create function public.label(): create (sql, returns text)
CREATE FUNCTION "public"."label"()
 RETURNS text
 LANGUAGE sql
BEGIN ATOMIC
 SELECT 'x; END; DROP TABLE victim; --'::text AS "end";
END;
-- create function public.quoted(integer): create (sql, returns text)
CREATE FUNCTION "public"."quoted"("n" integer)
 RETURNS text
 LANGUAGE sql
BEGIN ATOMIC
 SELECT
         CASE
             WHEN (quoted.n > 0) THEN ';END;'::text
             ELSE "case".x
         END AS x
    FROM ( SELECT 'end'::text AS x) "case";
END;
-- create function public.ret(): create (sql, returns text)
CREATE FUNCTION "public"."ret"()
 RETURNS text
 LANGUAGE sql
RETURN '''; END; DROP TABLE victim; --'::text;
