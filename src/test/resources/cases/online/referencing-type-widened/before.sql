-- Only the referencing column is widened (accounts.id is bigint already, statuses.account_id catches up): its new
-- type changes the operator the foreign key compares with, and PostgreSQL would check it again inside the ALTER
-- TABLE, reading statuses while statuses and accounts stay locked. It is dropped around the change instead, added
-- again NOT VALID and validated after the commit. likes.status_id, NOT VALID with orphans, is left alone.
CREATE TABLE accounts (id bigint PRIMARY KEY, username text NOT NULL);
CREATE TABLE statuses (
    id bigint PRIMARY KEY,
    account_id integer NOT NULL CONSTRAINT statuses_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
    body text NOT NULL
);
CREATE TABLE likes (id bigint PRIMARY KEY, status_id integer NOT NULL);
INSERT INTO accounts SELECT i, 'user' || i FROM generate_series(1, 100) AS i;
INSERT INTO statuses SELECT i, 1 + i % 100, 'toot ' || i FROM generate_series(1, 500) AS i;
INSERT INTO likes SELECT i, 1 + i % 510 FROM generate_series(1, 200) AS i;
ALTER TABLE likes ADD CONSTRAINT likes_status_fk FOREIGN KEY (status_id) REFERENCES statuses (id) NOT VALID;
