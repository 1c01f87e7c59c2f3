-- "users" becomes "accounts" with its rows, and a new, different "users" takes the old name in the same release:
-- the rename runs first. PostgreSQL keeps the names of the renamed table's keys, indexes and sequence (users_pkey,
-- users_email_key, users_created_at_idx, users_id_seq stay on accounts): the YAML gives accounts its own names, so
-- they are renamed before the new users makes those names again.
CREATE TABLE users (
    id serial PRIMARY KEY,
    email text NOT NULL CONSTRAINT users_email_key UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_check CHECK (email <> '')
);
CREATE INDEX users_created_at_idx ON users (created_at);
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id)
);
INSERT INTO users (email, created_at) SELECT 'user' || i || '@example.com', now() - i * interval '1 day'
FROM generate_series(1, 100) AS i;
INSERT INTO sessions SELECT i, 1 + i % 100 FROM generate_series(1, 300) AS i;
