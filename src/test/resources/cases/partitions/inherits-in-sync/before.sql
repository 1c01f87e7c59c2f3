CREATE TABLE cities (name text NOT NULL, population integer CONSTRAINT cities_population_positive CHECK (population > 0));
CREATE TABLE capitals (country text NOT NULL) INHERITS (cities);
CREATE INDEX capitals_country_idx ON capitals (country);
INSERT INTO cities VALUES ('Lyon', 500000);
INSERT INTO capitals VALUES ('Paris', 2100000, 'FR');
