-- alter view public.score_ratio: drop for a moment, around the change of function public.ratio(integer, integer)
DROP VIEW "public"."score_ratio";
-- alter function public.ratio(integer, integer): result integer → numeric: drop and create
DROP FUNCTION "public"."ratio"(integer, integer);
CREATE FUNCTION "public"."ratio"("a" integer, "b" integer)
 RETURNS numeric
 LANGUAGE sql
 AS $fn$
SELECT a::numeric / b
$fn$;
-- alter view public.score_ratio: create again in its new form after the change of function public.ratio(integer, integer)
CREATE VIEW "public"."score_ratio" ("id", "r") AS (
SELECT score.id,
    ratio(score.hits, score.tries) AS r
   FROM score
);
