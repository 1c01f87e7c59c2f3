CREATE TABLE song (id bigint PRIMARY KEY, title text NOT NULL, seconds integer NOT NULL);
INSERT INTO song VALUES (1, 'a', 200), (2, 'b', 400);
CREATE VIEW z_song_list AS SELECT id, title FROM song;
