-- What an earlier rename left: PostgreSQL keeps the sequence's name, so the column no longer reads as serial.
CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO person (name) VALUES ('ada'), ('grace');
ALTER TABLE person RENAME TO customer;
