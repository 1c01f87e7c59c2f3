-- Old rows that break the new rules, which must hold from now on.
CREATE TABLE customer (id bigint PRIMARY KEY);
CREATE TABLE invoice (id bigint PRIMARY KEY, customer_id bigint, total numeric NOT NULL);
INSERT INTO customer SELECT generate_series(1, 10);
INSERT INTO invoice SELECT i, i, i - 5 FROM generate_series(1, 50) AS i;
