CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);
CREATE TABLE order_audit (at timestamptz NOT NULL DEFAULT now(), op text NOT NULL);
INSERT INTO orders VALUES (1, 10), (2, 20);
