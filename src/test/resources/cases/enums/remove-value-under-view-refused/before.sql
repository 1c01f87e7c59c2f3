CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE TABLE entry (id bigint PRIMARY KEY, mood mood);
CREATE VIEW happy_entries AS SELECT id, mood FROM entry WHERE mood = 'happy';
INSERT INTO entry VALUES (1, 'ok'), (2, 'happy');
