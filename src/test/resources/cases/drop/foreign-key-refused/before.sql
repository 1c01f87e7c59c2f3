CREATE TABLE customer (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint CONSTRAINT orders_customer_fk REFERENCES customer (id));
