-- A foreign key added NOT VALID over orphan rows (by hand, to stop new ones first), and accounts.id widened to
-- bigint in the same plan. PostgreSQL does not check a NOT VALID foreign key again under the type change, so it is
-- not dropped around it; the YAML wants it valid, and VALIDATE would fail on the orphans: the plan is refused
-- before anything runs.
CREATE TABLE accounts (id integer PRIMARY KEY, username text NOT NULL);
CREATE TABLE statuses (id bigint PRIMARY KEY, account_id integer NOT NULL, body text NOT NULL);
INSERT INTO accounts SELECT i, 'user' || i FROM generate_series(1, 50) AS i;
INSERT INTO statuses SELECT i, 1 + i % 53, 'toot ' || i FROM generate_series(1, 300) AS i;
ALTER TABLE statuses ADD CONSTRAINT statuses_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
