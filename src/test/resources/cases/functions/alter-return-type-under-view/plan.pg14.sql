-- alter view public.score_ratio: new query (columns changed: drop and create)
DROP VIEW "public"."score_ratio";
CREATE VIEW "public"."score_ratio" ("id", "r") AS (
SELECT score.id,
    ratio(score.hits, score.tries) AS r
   FROM score
);
-- alter function public.ratio(integer, integer): result integer → numeric: drop and create [refused]
