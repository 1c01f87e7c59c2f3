-- Both sides renamed in one plan: customers becomes clients (id widened to bigint), orders becomes purchases, its
-- customer_id becomes client_id (widened too). The foreign key (rows on both sides) is dropped around the new
-- types, added again NOT VALID under every new name and validated after the commit. orders also loses its column
-- coupon: a dropped column of the referencing table changes nothing for its foreign key.
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL CONSTRAINT orders_customer_fk REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(10, 2) NOT NULL,
    coupon text
);
INSERT INTO customers SELECT i, 'customer ' || i FROM generate_series(1, 100) AS i;
INSERT INTO orders SELECT i, 1 + i % 100, i * 1.5, CASE WHEN i % 7 = 0 THEN 'SPRING' END FROM generate_series(1, 500) AS i;
