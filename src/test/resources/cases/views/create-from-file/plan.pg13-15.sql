-- create view public.unpaid_by_customer: create (3 columns)
CREATE VIEW "public"."unpaid_by_customer" ("customer", "invoices", "owed") AS (
SELECT invoice.customer,
    count(*) AS invoices,
    sum(invoice.amount) AS owed
   FROM invoice
  WHERE (invoice.paid_at IS NULL)
  GROUP BY invoice.customer
);
COMMENT ON VIEW "public"."unpaid_by_customer" IS 'kept in a .sql file';
