-- create view public.unpaid_by_customer: create (3 columns)
CREATE VIEW "public"."unpaid_by_customer" ("customer", "invoices", "owed") AS (
SELECT customer,
    count(*) AS invoices,
    sum(amount) AS owed
   FROM invoice
  WHERE (paid_at IS NULL)
  GROUP BY customer
);
COMMENT ON VIEW "public"."unpaid_by_customer" IS 'kept in a .sql file';
