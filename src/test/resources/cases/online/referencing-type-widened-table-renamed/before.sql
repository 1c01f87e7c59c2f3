-- As referencing-type-widened, and the YAML renames the referencing table orders to purchases in the same plan:
-- the foreign key of the renamed table (with rows) takes the same online form under the new name (dropped, added
-- again NOT VALID on purchases, validated after the commit).
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL CONSTRAINT orders_customer_fk REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(10, 2) NOT NULL
);
INSERT INTO customers SELECT i, 'customer ' || i FROM generate_series(1, 100) AS i;
INSERT INTO orders SELECT i, 1 + i % 100, i * 1.5 FROM generate_series(1, 500) AS i;
