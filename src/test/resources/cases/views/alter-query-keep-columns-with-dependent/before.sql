CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);
INSERT INTO account VALUES (1, 'ada@example.com', NULL), (2, 'bob@example.com', now());
CREATE VIEW live_account AS SELECT id, email FROM account;
CREATE VIEW live_email AS SELECT email FROM live_account;
