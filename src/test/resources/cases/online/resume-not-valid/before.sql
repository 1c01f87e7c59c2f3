-- What an apply leaves when it stops after its commit, before the VALIDATE steps: the constraints are there,
-- enforced for new rows, NOT VALID.
CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL);
INSERT INTO customer VALUES (1, 'Ada'), (2, 'Bob');
INSERT INTO orders VALUES (10, 1, 9.50), (11, 2, 20.00), (12, 1, 0);
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
