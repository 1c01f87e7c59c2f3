-- A shop's reporting schema as it stands: orders in public, reporting matviews built by hand, one with rows.
CREATE SCHEMA reporting;
CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL, country text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE product (id bigint PRIMARY KEY, sku text NOT NULL UNIQUE, category text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer(id), placed_at timestamptz NOT NULL, status text NOT NULL);
CREATE TABLE order_line (order_id bigint NOT NULL REFERENCES orders(id), product_id bigint NOT NULL REFERENCES product(id), qty integer NOT NULL, unit_price numeric(10,2) NOT NULL, PRIMARY KEY (order_id, product_id));
INSERT INTO customer VALUES (1, 'a@x.test', 'DE', '2026-01-01'), (2, 'b@x.test', 'FR', '2026-01-05');
INSERT INTO product VALUES (10, 'TEA-1', 'tea'), (11, 'CUP-1', 'cups');
INSERT INTO orders VALUES (100, 1, '2026-02-01 10:00', 'paid'), (101, 2, '2026-02-02 12:00', 'paid'), (102, 1, '2026-02-02 13:00', 'cancelled');
INSERT INTO order_line VALUES (100, 10, 2, 4.50), (100, 11, 1, 12.00), (101, 10, 5, 4.50), (102, 11, 3, 12.00);
CREATE MATERIALIZED VIEW reporting.daily_revenue AS
  SELECT date_trunc('day', o.placed_at) AS day, sum(l.qty * l.unit_price) AS revenue, count(DISTINCT o.id) AS orders
  FROM orders o JOIN order_line l ON l.order_id = o.id
  WHERE o.status = 'paid'
  GROUP BY 1;
CREATE UNIQUE INDEX daily_revenue_day ON reporting.daily_revenue (day);
CREATE MATERIALIZED VIEW reporting.category_sales AS
  SELECT p.category, sum(l.qty) AS units FROM order_line l JOIN product p ON p.id = l.product_id GROUP BY p.category;
ANALYZE reporting.daily_revenue;
ANALYZE reporting.category_sales;
