CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL);
INSERT INTO orders VALUES (1, 10, 5.00), (2, 10, 7.50), (3, 11, 1.25);
