CREATE TABLE account (
    id bigint PRIMARY KEY,
    balance_cents integer NOT NULL,
    balance numeric GENERATED ALWAYS AS (balance_cents / 100.0) STORED,
    email varchar(50) NOT NULL,
    email_lower text GENERATED ALWAYS AS (lower(email)) STORED
);
CREATE UNIQUE INDEX account_email_lower_key ON account (email_lower);
CREATE INDEX account_balance_idx ON account (balance) WHERE balance > 0;
CREATE VIEW rich_account AS SELECT id, balance FROM account WHERE balance > 1000;
INSERT INTO account (id, balance_cents, email) SELECT i, i * 10000, 'User' || i || '@Example.com' FROM generate_series(1, 40) AS i;
