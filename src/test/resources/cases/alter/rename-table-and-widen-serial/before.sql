CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO person (name) VALUES ('ada'), ('grace'), ('linus');
