CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room_booking (
    id bigint PRIMARY KEY,
    room_id numeric NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT room_booking_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
INSERT INTO room_booking (id, room_id, during)
SELECT i, i % 5, tstzrange('2026-03-01 00:00+00'::timestamptz + i * interval '2 hours',
                           '2026-03-01 01:00+00'::timestamptz + i * interval '2 hours')
FROM generate_series(1, 50) AS i;
