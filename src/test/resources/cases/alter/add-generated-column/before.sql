CREATE TABLE person (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);
INSERT INTO person (first_name, last_name) VALUES ('Ada', 'Lovelace');
