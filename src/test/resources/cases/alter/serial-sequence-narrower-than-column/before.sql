-- Widened by hand: the column is bigint, its sequence still stops at 2^31 - 1.
CREATE TABLE event (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO event (name) VALUES ('a'), ('b'), ('c');
ALTER TABLE event ALTER COLUMN id TYPE bigint;
