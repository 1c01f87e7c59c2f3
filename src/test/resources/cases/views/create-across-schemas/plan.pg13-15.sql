-- create schema reporting: create
CREATE SCHEMA "reporting";
-- create view app.big_orders: create (3 columns)
CREATE VIEW "app"."big_orders" ("id", "customer", "total") AS (
SELECT orders.id,
    orders.customer,
    orders.total
   FROM app.orders
  WHERE (orders.total >= (10)::numeric)
);
-- create view reporting.customer_total: create (3 columns)
CREATE VIEW "reporting"."customer_total" ("customer", "total", "orders") AS (
SELECT o.customer,
    sum(o.total) AS total,
    count(*) AS orders
   FROM app.orders o
  GROUP BY o.customer
);
-- create view reporting.big_customer: create (1 column)
CREATE VIEW "reporting"."big_customer" ("customer") AS (
SELECT DISTINCT b.customer
   FROM (app.big_orders b
     JOIN reporting.customer_total t ON ((t.customer = b.customer)))
);
