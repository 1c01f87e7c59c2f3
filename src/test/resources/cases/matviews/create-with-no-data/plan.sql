-- create materialized view public.sales_by_region: create (with no data)
CREATE MATERIALIZED VIEW "public"."sales_by_region" AS (
SELECT region,
    sum(amount) AS total
   FROM sale
  GROUP BY region
) WITH NO DATA;
