-- Every row already passes the new rules: nothing to tell.
CREATE TABLE customer (id bigint PRIMARY KEY);
CREATE TABLE invoice (id bigint PRIMARY KEY, customer_id bigint, total numeric NOT NULL);
INSERT INTO customer SELECT generate_series(1, 50);
INSERT INTO invoice SELECT i, i, i FROM generate_series(1, 50) AS i;
INSERT INTO invoice VALUES (51, NULL, 3);
