-- users becomes accounts and a new users takes its old name. users_created_at_idx of the old users is INVALID (an
-- interrupted CREATE INDEX CONCURRENTLY leaves it so; made here as that state is: built, then marked not valid): it
-- is not counted as an index, not in the YAML, and left alone, so it keeps its name on accounts. The new users wants
-- an index of that name: PostgreSQL would refuse it at run time, after the rename; the plan refuses it first.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO users SELECT i, 'user' || i || '@example.com', now() - i * interval '1 day' FROM generate_series(1, 100) AS i;
CREATE INDEX users_created_at_idx ON users (created_at);
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'users_created_at_idx'::regclass;
