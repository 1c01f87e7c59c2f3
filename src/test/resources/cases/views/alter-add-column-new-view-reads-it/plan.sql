-- alter view public.z_song_list: new query (columns kept, minutes added at the end)
CREATE OR REPLACE VIEW "public"."z_song_list" ("id", "title", "minutes") AS (
SELECT id,
    title,
    (seconds / 60) AS minutes
   FROM song
);
-- create view public.a_long_song: create (2 columns)
CREATE VIEW "public"."a_long_song" ("id", "title") AS (
SELECT id,
    title
   FROM z_song_list
  WHERE (minutes > 5)
);
