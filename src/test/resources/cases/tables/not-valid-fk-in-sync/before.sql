CREATE TABLE customer (id bigint PRIMARY KEY);
CREATE TABLE invoice (id bigint PRIMARY KEY, customer_id bigint);
INSERT INTO customer SELECT generate_series(1, 10);
INSERT INTO invoice SELECT i, i FROM generate_series(1, 20) AS i;
ALTER TABLE invoice ADD CONSTRAINT invoice_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;
