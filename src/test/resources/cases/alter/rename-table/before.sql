CREATE TABLE person (
    id bigint GENERATED ALWAYS AS IDENTITY,
    email text NOT NULL,
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);
INSERT INTO person (email) VALUES ('a@example.com');
