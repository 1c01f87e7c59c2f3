-- alter materialized view public.open_per_team: new query (drop and create) [refused]
DROP MATERIALIZED VIEW "public"."open_per_team";
CREATE MATERIALIZED VIEW "public"."open_per_team" AS (
SELECT ticket.team,
    count(*) AS n
   FROM ticket
  WHERE (ticket.status <> 'closed'::text)
  GROUP BY ticket.team
) WITH DATA;
