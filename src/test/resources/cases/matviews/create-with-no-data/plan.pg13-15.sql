-- create materialized view public.sales_by_region: create (with no data)
CREATE MATERIALIZED VIEW "public"."sales_by_region" AS (
SELECT sale.region,
    sum(sale.amount) AS total
   FROM sale
  GROUP BY sale.region
) WITH NO DATA;
