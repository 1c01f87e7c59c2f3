CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
INSERT INTO customer VALUES (1, 'Ada'), (2, 'Bob');
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id);
INSERT INTO orders VALUES (10, 1);
