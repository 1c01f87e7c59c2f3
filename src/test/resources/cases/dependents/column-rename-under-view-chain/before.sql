CREATE TABLE person (id bigint PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
INSERT INTO person VALUES (1, 'Ada', true), (2, 'Bob', false);
CREATE VIEW active_person AS SELECT id, name FROM person WHERE active;
CREATE VIEW active_person_name AS SELECT name FROM active_person;
