-- alter view public.busy_team: drop for a moment, around the change of materialized view public.open_per_team
DROP VIEW "public"."busy_team";
-- alter materialized view public.open_per_team: new query (drop and create)
DROP MATERIALIZED VIEW "public"."open_per_team";
CREATE MATERIALIZED VIEW "public"."open_per_team" AS (
SELECT team,
    count(*) AS n
   FROM ticket
  WHERE (status <> 'closed'::text)
  GROUP BY team
) WITH DATA;
-- alter view public.busy_team: create again after the change of materialized view public.open_per_team
CREATE VIEW "public"."busy_team" ("team") AS (
SELECT team
   FROM open_per_team
  WHERE (n > 10)
);
