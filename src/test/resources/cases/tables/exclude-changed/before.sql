CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (id bigint PRIMARY KEY, room_id integer NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT booking_room_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&));
