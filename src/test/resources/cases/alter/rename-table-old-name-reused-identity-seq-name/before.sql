-- users (identity id, with rows) becomes accounts and a new users takes its old name, its ids drawn from a sequence
-- the YAML declares as users_id_seq: the name of the identity sequence PostgreSQL made for the old users, which
-- keeps it when its table is renamed.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL
);
INSERT INTO users (email) SELECT 'user' || i || '@example.com' FROM generate_series(1, 30) AS i;
