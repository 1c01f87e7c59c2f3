CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE TABLE entry (id bigint PRIMARY KEY, mood mood, CONSTRAINT not_sad CHECK (mood <> 'sad'));
INSERT INTO entry VALUES (1, 'ok');
