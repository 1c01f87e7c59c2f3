CREATE TABLE city (id bigint PRIMARY KEY, name text NOT NULL, population integer);
INSERT INTO city VALUES (1, 'Oslo', 700000), (2, 'Bergen', 285000);
CREATE VIEW big_city AS SELECT id, name FROM city WHERE population > 500000;
CREATE VIEW city_name AS SELECT name FROM city;
CREATE VIEW small_city AS SELECT id, name FROM city WHERE population < 500000;
COMMENT ON VIEW big_city IS 'over half a million';
COMMENT ON VIEW city_name IS 'every name';
