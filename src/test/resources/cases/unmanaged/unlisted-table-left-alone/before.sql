CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE old_sessions (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), data text);
INSERT INTO users (email) VALUES ('a@example.com');
INSERT INTO old_sessions VALUES (1, 1, 'x');
