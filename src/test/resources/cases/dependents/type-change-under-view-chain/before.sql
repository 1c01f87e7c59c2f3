CREATE TABLE payment (id bigint PRIMARY KEY, customer text NOT NULL, amount integer NOT NULL);
INSERT INTO payment SELECT g, 'c' || (g % 7), g * 3 FROM generate_series(1, 500) g;
CREATE VIEW big_payment AS SELECT id, customer, amount FROM payment WHERE amount > 100;
CREATE VIEW big_payment_total AS SELECT customer, sum(amount) AS total FROM big_payment GROUP BY customer;
CREATE MATERIALIZED VIEW top_customer AS SELECT customer, total FROM big_payment_total WHERE total > 1000;
CREATE UNIQUE INDEX top_customer_key ON top_customer (customer);
COMMENT ON MATERIALIZED VIEW top_customer IS 'customers above 1000';
ANALYZE top_customer;
