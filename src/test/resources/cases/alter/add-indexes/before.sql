CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz
);
INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com');
