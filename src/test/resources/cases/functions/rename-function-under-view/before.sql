CREATE TABLE person (id integer PRIMARY KEY, first text NOT NULL, last text NOT NULL);
INSERT INTO person VALUES (1, 'Ada', 'Lovelace');
CREATE FUNCTION fullname(f text, l text) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT f || ' ' || l$$;
CREATE VIEW person_name AS SELECT id, fullname(first, last) AS name FROM person;
