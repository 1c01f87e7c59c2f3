-- As referenced-type-widened, and the YAML adds an index on accounts in the same plan: the foreign keys
-- added again around the type change reference the key that is there, so the new index is built as any other.
-- accounts.id outgrows integer (the way Mastodon's ids_to_bigints went): statuses, follows (twice, one of them
-- to the same table's column type that changes too) and accounts itself (invited_by) reference it and hold rows;
-- drafts references it and is empty. statuses.account_id stays integer: bigint = integer is in one operator family.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    username text NOT NULL,
    invited_by integer REFERENCES accounts (id)
);
CREATE TABLE statuses (
    id bigint PRIMARY KEY,
    account_id integer NOT NULL CONSTRAINT statuses_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
    body text NOT NULL
);
CREATE TABLE follows (
    account_id integer NOT NULL CONSTRAINT follows_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id integer NOT NULL CONSTRAINT follows_target_fk REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, target_account_id)
);
CREATE TABLE drafts (
    id bigint PRIMARY KEY,
    account_id integer NOT NULL CONSTRAINT drafts_account_fk REFERENCES accounts (id)
);
INSERT INTO accounts SELECT i, 'user' || i, CASE WHEN i > 1 THEN 1 + i % 5 END FROM generate_series(1, 200) AS i;
INSERT INTO statuses SELECT i, 1 + i % 200, 'toot ' || i FROM generate_series(1, 1000) AS i;
INSERT INTO follows SELECT a, 1 + (a + k * 37) % 200 FROM generate_series(1, 200) AS a, generate_series(1, 3) AS k;
