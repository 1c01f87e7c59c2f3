-- create view public.active_customer: create (2 columns)
CREATE VIEW "public"."active_customer" ("id", "name") AS (
SELECT customer.id,
    customer.name
   FROM customer
  WHERE customer.active
);
