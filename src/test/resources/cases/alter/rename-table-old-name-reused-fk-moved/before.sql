-- "users" becomes "accounts" and a new, empty "users" takes the name, while the YAML points sessions' foreign key
-- at the new users. The count of sessions rows without a match must read the new table (empty), not the live
-- "users" that the plan renames away (where every session has its user): all 50 are orphans, and the plan is
-- refused before anything runs.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL
);
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id bigint CONSTRAINT sessions_user_id_fkey REFERENCES users (id)
);
INSERT INTO users (email) SELECT 'user' || i || '@example.com' FROM generate_series(1, 20) AS i;
INSERT INTO sessions SELECT i, CASE WHEN i <= 50 THEN 1 + i % 20 END FROM generate_series(1, 60) AS i;
