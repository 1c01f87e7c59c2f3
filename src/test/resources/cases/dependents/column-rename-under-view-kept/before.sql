CREATE TABLE person (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO person VALUES (1, 'Ada'), (2, 'Bob');
CREATE VIEW person_name AS SELECT id, name FROM person;
CREATE VIEW person_initial AS SELECT id, left(name, 1) AS initial FROM person_name;
