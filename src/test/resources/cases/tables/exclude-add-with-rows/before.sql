CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (id bigint PRIMARY KEY, room_id integer NOT NULL, during tstzrange NOT NULL);
INSERT INTO booking SELECT i, i % 5, tstzrange('2026-03-01'::timestamptz + i * interval '2 hours', '2026-03-01'::timestamptz + (i * 2 + 1) * interval '1 hour') FROM generate_series(1, 200) AS i;
