CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    legacy_flag boolean DEFAULT false
);
INSERT INTO users (email) VALUES ('a@example.com');
