CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
INSERT INTO account VALUES (1, 'a@example.com', true), (2, 'b@example.com', false);
