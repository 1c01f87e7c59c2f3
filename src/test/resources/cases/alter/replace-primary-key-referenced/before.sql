-- The key of account grows to (tenant_id, id); a new unique (id) keeps what orders references.
CREATE TABLE account (id bigint NOT NULL, tenant_id int NOT NULL, name text NOT NULL, CONSTRAINT account_pkey PRIMARY KEY (id));
CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES account (id));
CREATE TABLE note (id bigint PRIMARY KEY, account_id bigint REFERENCES account (id) ON DELETE SET NULL);
INSERT INTO account VALUES (1, 7, 'Ada'), (2, 7, 'Bob'), (3, 8, 'Cy');
INSERT INTO orders VALUES (10, 1), (11, 2), (12, 3), (13, 1);
INSERT INTO note VALUES (100, 1), (101, NULL);
