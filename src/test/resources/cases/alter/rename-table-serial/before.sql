CREATE TABLE person (
    id serial PRIMARY KEY,
    ticket bigserial,
    name text NOT NULL
);
INSERT INTO person (name) VALUES ('ada'), ('grace'), ('linus');
