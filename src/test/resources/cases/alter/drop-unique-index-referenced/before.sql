-- A foreign key that depends on a unique index; the index is replaced by a unique constraint on the same column.
CREATE TABLE country (id int PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX country_code_idx ON country (code);
CREATE TABLE city (id int PRIMARY KEY, country_code text NOT NULL REFERENCES country (code));
INSERT INTO country VALUES (1, 'DE'), (2, 'FR');
INSERT INTO city VALUES (10, 'DE'), (11, 'FR'), (12, 'DE');
