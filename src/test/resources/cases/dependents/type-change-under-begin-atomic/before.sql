CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total integer NOT NULL);
INSERT INTO orders VALUES (1, 10, 5), (2, 10, 7), (3, 11, 1);
CREATE FUNCTION total_for(customer bigint) RETURNS bigint LANGUAGE sql STABLE
RETURN (SELECT coalesce(sum(total), 0) FROM orders WHERE customer_id = customer);
CREATE VIEW customer_total AS SELECT DISTINCT customer_id, total_for(customer_id) AS total FROM orders;
