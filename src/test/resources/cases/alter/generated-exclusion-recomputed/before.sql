CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (
    id bigint PRIMARY KEY,
    room_id integer NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
    CONSTRAINT booking_room_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
INSERT INTO booking (id, room_id, starts_at, ends_at)
SELECT i, i % 5, '2026-03-01 00:00+00'::timestamptz + i * interval '2 hours',
       '2026-03-01 01:00+00'::timestamptz + i * interval '2 hours'
FROM generate_series(1, 200) AS i;
