CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, legacy_flag boolean);
CREATE TABLE old_sessions (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), data text);
CREATE TYPE old_mood AS ENUM ('happy', 'sad');
CREATE SEQUENCE legacy_numbers;
CREATE VIEW user_emails AS SELECT id, email FROM users;
INSERT INTO users (email, legacy_flag) VALUES ('a@example.com', true), ('b@example.com', NULL), ('c@example.com', false);
INSERT INTO old_sessions VALUES (1, 1, 'x'), (2, 1, 'y'), (3, 2, NULL);
