CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, email_changed_at timestamptz);
INSERT INTO users VALUES (1, 'ada@example.com', NULL), (2, 'bob@example.com', NULL);
