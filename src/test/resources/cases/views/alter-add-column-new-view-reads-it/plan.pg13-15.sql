-- alter view public.z_song_list: new query (columns kept, minutes added at the end)
CREATE OR REPLACE VIEW "public"."z_song_list" ("id", "title", "minutes") AS (
SELECT song.id,
    song.title,
    (song.seconds / 60) AS minutes
   FROM song
);
-- create view public.a_long_song: create (2 columns)
CREATE VIEW "public"."a_long_song" ("id", "title") AS (
SELECT z_song_list.id,
    z_song_list.title
   FROM z_song_list
  WHERE (z_song_list.minutes > 5)
);
