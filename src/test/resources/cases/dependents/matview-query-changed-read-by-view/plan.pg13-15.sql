-- alter view public.busy_team: drop for a moment, around the change of materialized view public.open_per_team
DROP VIEW "public"."busy_team";
-- alter materialized view public.open_per_team: new query (drop and create)
DROP MATERIALIZED VIEW "public"."open_per_team";
CREATE MATERIALIZED VIEW "public"."open_per_team" AS (
SELECT ticket.team,
    count(*) AS n
   FROM ticket
  WHERE (ticket.status <> 'closed'::text)
  GROUP BY ticket.team
) WITH DATA;
-- alter view public.busy_team: create again after the change of materialized view public.open_per_team
CREATE VIEW "public"."busy_team" ("team") AS (
SELECT open_per_team.team
   FROM open_per_team
  WHERE (open_per_team.n > 10)
);
