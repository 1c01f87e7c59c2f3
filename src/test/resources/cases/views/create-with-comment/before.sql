CREATE TABLE employee (id bigint PRIMARY KEY, name text NOT NULL, salary integer);
INSERT INTO employee VALUES (1, 'Ada', 100), (2, 'Bob', NULL);
