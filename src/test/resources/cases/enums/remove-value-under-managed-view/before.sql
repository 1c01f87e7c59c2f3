CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE TABLE entry (id bigint PRIMARY KEY, mood mood, noted_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW happy_entries AS SELECT id, mood FROM entry WHERE mood = 'happy';
CREATE VIEW recent_happy AS SELECT id FROM happy_entries WHERE id > 1;
INSERT INTO entry (id, mood) VALUES (1, 'ok'), (2, 'happy'), (3, 'happy'), (4, 'sad');
