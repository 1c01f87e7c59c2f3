-- A foreign key added NOT VALID over orphan rows (by hand, to stop new ones first), and accounts.id widened to
-- bigint in the same plan. PostgreSQL does not check a NOT VALID foreign key again under the type change, and the
-- YAML keeps it not_valid: the type change alone, the orphans stay unchecked.
CREATE TABLE accounts (id integer PRIMARY KEY, username text NOT NULL);
CREATE TABLE statuses (id bigint PRIMARY KEY, account_id integer NOT NULL, body text NOT NULL);
INSERT INTO accounts SELECT i, 'user' || i FROM generate_series(1, 50) AS i;
INSERT INTO statuses SELECT i, 1 + i % 53, 'toot ' || i FROM generate_series(1, 300) AS i;
ALTER TABLE statuses ADD CONSTRAINT statuses_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
