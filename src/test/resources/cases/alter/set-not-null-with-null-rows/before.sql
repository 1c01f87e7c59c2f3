CREATE TABLE customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text
);
INSERT INTO customer (email) VALUES ('a@example.com'), (NULL), (NULL), (NULL);
