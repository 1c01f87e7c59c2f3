CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL);
CREATE SEQUENCE customer_id_seq;
INSERT INTO person (name) VALUES ('ada'), ('grace');
