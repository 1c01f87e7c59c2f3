-- The YAML renames the referencing table orders to purchases and drops its column customer_id with its foreign
-- key: the key goes with the column (or is dropped before it), under the table's new name.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL CONSTRAINT orders_customer_fk REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(10, 2) NOT NULL
);
INSERT INTO customers SELECT i, 'customer ' || i FROM generate_series(1, 100) AS i;
INSERT INTO orders SELECT i, 1 + i % 100, i * 1.5 FROM generate_series(1, 500) AS i;
