CREATE TABLE person (id bigint PRIMARY KEY, name text NOT NULL, born date);
INSERT INTO person VALUES (1, 'Ada', '1815-12-10'), (2, 'Alan', NULL);
CREATE VIEW person_name AS SELECT id, name FROM person;
CREATE VIEW person_name_upper AS SELECT id, upper(name) AS name FROM person_name;
