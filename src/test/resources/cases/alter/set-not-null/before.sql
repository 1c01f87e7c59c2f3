CREATE TABLE customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text,
    phone text NOT NULL
);
INSERT INTO customer (email, phone) VALUES ('a@example.com', '+1 555 0100'), ('b@example.com', '+1 555 0101');
