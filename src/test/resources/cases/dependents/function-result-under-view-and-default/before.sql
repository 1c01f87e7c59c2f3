CREATE FUNCTION starting_credit() RETURNS integer LANGUAGE sql AS $$SELECT 100$$;
CREATE TABLE wallet (id integer PRIMARY KEY, credit integer NOT NULL DEFAULT starting_credit());
INSERT INTO wallet (id) VALUES (1), (2);
CREATE VIEW default_credit AS SELECT starting_credit() AS credit;
