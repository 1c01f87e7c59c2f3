-- A legacy table without a key, its id still nullable; a table that will reference it; and one that already
-- references a key that exists.
CREATE TABLE account (id bigint, email text NOT NULL, name text);
CREATE TABLE invoice (id bigint PRIMARY KEY, account_id bigint NOT NULL, number text NOT NULL);
CREATE TABLE payment (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);
INSERT INTO account SELECT i, 'a' || i || '@example.com', 'name ' || i FROM generate_series(1, 300) AS i;
INSERT INTO invoice SELECT i, 1 + i % 300, 'INV-' || i FROM generate_series(1, 600) AS i;
INSERT INTO payment SELECT i, i FROM generate_series(1, 100) AS i;
