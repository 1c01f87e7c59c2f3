-- alter materialized view public.open_per_team: new query (drop and create) [refused]
DROP MATERIALIZED VIEW "public"."open_per_team";
CREATE MATERIALIZED VIEW "public"."open_per_team" AS (
SELECT team,
    count(*) AS n
   FROM ticket
  WHERE (status <> 'closed'::text)
  GROUP BY team
) WITH DATA;
