-- create view public.team_size: create (3 columns)
CREATE VIEW "public"."team_size" ("id", "name", "players") AS (
SELECT t.id,
    t.name,
    count(p.id) AS players
   FROM (team t
     LEFT JOIN player p ON ((p.team_id = t.id)))
  GROUP BY t.id
);
