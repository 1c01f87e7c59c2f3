-- create view public.all_players: create (1 column)
CREATE VIEW "public"."all_players" ("player") AS (
SELECT score.player
   FROM score
UNION
 SELECT archived_score.player
   FROM archived_score
);
-- create view public.leaderboard: create (6 columns)
CREATE VIEW "public"."leaderboard" ("player", "game", "points", "place", "running", "medal") AS (
SELECT s.player,
    s.game,
    s.points,
    rank() OVER (PARTITION BY s.game ORDER BY s.points DESC) AS place,
    sum(s.points) OVER w AS running,
        CASE
            WHEN (s.points >= 30) THEN 'gold'::text
            WHEN (s.points >= 10) THEN 'silver'::text
            ELSE 'bronze'::text
        END AS medal
   FROM ( SELECT score.player,
            score.game,
            score.points
           FROM score
        UNION ALL
         SELECT archived_score.player,
            archived_score.game,
            archived_score.points
           FROM archived_score) s
  WINDOW w AS (PARTITION BY s.player ORDER BY s.points ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
);
