CREATE TABLE customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
INSERT INTO customer (email) VALUES ('a@example.com');
