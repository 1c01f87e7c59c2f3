CREATE TABLE customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
INSERT INTO customer (name) VALUES ('Ada'), ('Grace'), ('Linus');
