CREATE FUNCTION ratio(a integer, b integer) RETURNS integer LANGUAGE sql AS $$SELECT a / b$$;
CREATE TABLE score (id integer PRIMARY KEY, hits integer NOT NULL, tries integer NOT NULL);
INSERT INTO score VALUES (1, 3, 4), (2, 1, 2);
-- Not in the YAML: it cannot be created again.
CREATE VIEW score_ratio AS SELECT id, ratio(hits, tries) AS r FROM score;
