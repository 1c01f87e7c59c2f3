CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
INSERT INTO customer VALUES (1, 'Ada', true), (2, 'Brian', false), (3, 'Grace', true);
