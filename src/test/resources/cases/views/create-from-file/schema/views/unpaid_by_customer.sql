-- Unpaid invoices per customer.
-- Used by the dunning job; keep the column names stable.
/* a block comment
   over two lines */
SELECT customer,
       count(*)    AS invoices,   -- how many
       sum(amount) AS owed        /* how much */
FROM invoice
WHERE paid_at IS NULL
GROUP BY customer;
