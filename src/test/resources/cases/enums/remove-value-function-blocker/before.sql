CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE TABLE entry (id bigint PRIMARY KEY, mood mood);
CREATE FUNCTION is_good(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m >= 'ok' $$;
INSERT INTO entry VALUES (1, 'ok');
