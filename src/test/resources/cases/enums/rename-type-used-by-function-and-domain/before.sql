CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN good_mood AS mood CHECK (VALUE <> 'sad');
CREATE TABLE entry (id bigint PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok', best good_mood);
CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'happy' $$;
INSERT INTO entry VALUES (1, 'sad', 'ok'), (2, 'happy', 'happy');
