-- A busy table that autovacuum should visit more often, and an index whose fillfactor is to change.
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE INDEX orders_status_idx ON orders (status) WITH (fillfactor = 90);
INSERT INTO orders SELECT i, 'open' FROM generate_series(1, 500) AS i;
