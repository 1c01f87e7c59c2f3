-- An index made by someone else with WITH (fillfactor=70): before, it read as the same index without it.
CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX account_email_idx ON account (lower(email)) WITH (fillfactor = 70);
INSERT INTO account SELECT i, 'a' || i || '@example.com' FROM generate_series(1, 50) AS i;
